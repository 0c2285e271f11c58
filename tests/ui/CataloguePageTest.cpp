#include "CataloguePage.h"

#include "TestSupport.h"
#include "TextField.h"
#include "session/RegisterDocument.h"

#include <QLabel>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;

// A catalogue page on the KJM demo register: what cannot be saved stays in its field with the reason, to be put
// right.
class CataloguePageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_document = test::openDemoDocument(m_dir->filePath(QStringLiteral("kjm.ropa")));
        QVERIFY(m_document);
    }

    void cleanup() { m_document.reset(); }

    void aPeriodItCannotReadStaysToBePutRight()
    {
        ui::CataloguePage page(*m_document, Catalogue::Kind::RetentionRules);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto* period = page.findChild<QLineEdit*>(QStringLiteral("periodEditor"));
        auto* trigger = page.findChild<QLineEdit*>(QStringLiteral("triggerEditor"));
        auto* error = page.findChild<QLabel*>(QStringLiteral("periodErrorLabel"));
        QVERIFY(period && trigger && error);
        QVERIFY(!error->isVisible());
        const QString before = stored().retentionRules.at(0).period;

        period->setFocus();
        period->selectAll();
        QTest::keyClicks(period, QStringLiteral("two yeras"));
        QTest::keyClick(period, Qt::Key_Return);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("'two yeras' is not a period RoPA Manager can read; write it as, say, 12 "
                                "months, 6 years or 1 year 6 months."));
        QCOMPARE(period->text(), QStringLiteral("two yeras"));
        QCOMPARE(stored().retentionRules.at(0).period, before);

        // Another field typed meanwhile is saved, and the refused period stays as typed.
        trigger->setFocus();
        trigger->selectAll();
        QTest::keyClicks(trigger, QStringLiteral("the end of the guarantee"));
        QTest::keyClick(trigger, Qt::Key_Return);
        QCOMPARE(stored().retentionRules.at(0).trigger, QStringLiteral("the end of the guarantee"));
        QCOMPARE(period->text(), QStringLiteral("two yeras"));
        QVERIFY(error->isVisible());

        // Put right, it is saved and the reason goes.
        period->setFocus();
        period->selectAll();
        QTest::keyClicks(period, QStringLiteral("2 years"));
        QTest::keyClick(period, Qt::Key_Return);
        QVERIFY(!error->isVisible());
        QCOMPARE(stored().retentionRules.at(0).period, QStringLiteral("P2Y"));
        QCOMPARE(stored().retentionRules.at(0).trigger, QStringLiteral("the end of the guarantee"));
    }

    void anEmptyNameStaysToBePutRight()
    {
        ui::CataloguePage page(*m_document, Catalogue::Kind::Recipients);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto* name = page.findChild<QLineEdit*>(QStringLiteral("nameEditor"));
        auto* error = page.findChild<QLabel*>(QStringLiteral("nameErrorLabel"));
        QVERIFY(name && error);
        const QString before = stored().recipients.at(0).name;
        name->clear();
        Q_EMIT name->editingFinished();
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), QStringLiteral("Every recipient needs a name: type one, or delete the recipient."));
        QCOMPARE(name->text(), QString());
        QCOMPARE(stored().recipients.at(0).name, before);
        name->setText(QStringLiteral("Glass and Glazing Federation Ltd"));
        Q_EMIT name->editingFinished();
        QVERIFY(!error->isVisible());
        QCOMPARE(stored().recipients.at(0).name, QStringLiteral("Glass and Glazing Federation Ltd"));
    }

private:
    Register stored() const { return m_document->storedRegister().value(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::RegisterDocument> m_document;
};

QTEST_MAIN(CataloguePageTest)
#include "CataloguePageTest.moc"
