#include "ReviewDialog.h"

#include "FileDialog.h"
#include "PdfText.h"
#include "TestSupport.h"
#include "formats/DemoRegister.h"
#include "session/RegisterDocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ropa;

// The review dialog on a temporary copy of the KJM demo register.
class ReviewDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("kjm.ropa"));
        QVERIFY(test::writeRegisterFile(path, formats::DemoRegister::load().value()));
        auto document = session::RegisterDocument::open(path, test::kPassphrase);
        QVERIFY(document.ok());
        m_document = std::move(document.value());
        m_dialog = std::make_unique<ui::ReviewDialog>(*m_document);
    }

    void cleanup()
    {
        m_dialog.reset();
        m_document.reset();
        m_dir.reset();
    }

    void markingReviewedIsOneUndoableEdit()
    {
        const std::optional<QDate> before = m_document->reg().lastReviewed;
        auto* reviews = m_dialog->findChild<QTableWidget*>(QStringLiteral("reviewsTable"));
        QVERIFY(reviews);
        QCOMPARE(reviews->rowCount(), 0);
        QCOMPARE(m_dialog->findChild<QLineEdit*>(QStringLiteral("reviewerEdit"))->text(), m_document->actor());

        const QDate day = before ? before->addDays(1) : QDate(2026, 12, 3);
        m_dialog->findChild<QDateEdit*>(QStringLiteral("reviewDateEdit"))->setDate(day);
        m_dialog->findChild<QLineEdit*>(QStringLiteral("reviewerEdit"))->setText(QStringLiteral("Dana DPO"));
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("markReviewedButton")), Qt::LeftButton);
        QCOMPARE(m_document->reg().lastReviewed, std::optional<QDate>(day));
        QCOMPARE(m_document->reg().reviewedBy, QStringLiteral("Dana DPO"));
        QCOMPARE(reviews->rowCount(), 1);
        QCOMPARE(reviews->item(0, 2)->text(), QStringLiteral("Dana DPO"));

        m_document->undoStack()->undo();
        QCOMPARE(m_document->reg().lastReviewed, before);
        QCOMPARE(m_document->storedRegister().value().lastReviewed, before);
    }

    void diffTableShowsTheChangeSinceTheReview()
    {
        const std::optional<QDate> before = m_document->reg().lastReviewed;
        m_document->markRegisterReviewed(before ? before->addDays(1) : QDate(2026, 12, 3), QStringLiteral("Dana"));
        Activity changed = m_document->reg().activities.at(0);
        const QString old = changed.purpose;
        changed.purpose = QStringLiteral("Fitting new windows");
        m_document->changeActivity(0, changed, QStringLiteral("Rename"));

        auto* diff = m_dialog->findChild<QTableWidget*>(QStringLiteral("diffTable"));
        QVERIFY(diff);
        auto* to = m_dialog->findChild<QComboBox*>(QStringLiteral("toCombo"));
        QCOMPARE(to->currentText(), QStringLiteral("The register now"));
        QCOMPARE(diff->rowCount(), 1);
        QCOMPARE(diff->item(0, 0)->text(), QStringLiteral("Fitting new windows"));
        QCOMPARE(diff->item(0, 1)->text(), QStringLiteral("purpose"));
        QCOMPARE(diff->item(0, 2)->text(), old);
        QCOMPARE(diff->item(0, 3)->text(), QStringLiteral("Fitting new windows"));

        const QString pdf = m_dir->filePath(QStringLiteral("changes.pdf"));
        ui::FileDialog::setNextFileName(pdf);
        QTest::mouseClick(m_dialog->findChild<QPushButton*>(QStringLiteral("exportPdfButton")), Qt::LeftButton);
        const QString text = test::pdfFlatText(pdf);
        QVERIFY2(text.contains(QStringLiteral("Changes to the register")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Fitting new windows")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("reviewed on")), qPrintable(text));

        // The same review on both sides: nothing differs.
        to->setCurrentIndex(0);
        QCOMPARE(diff->rowCount(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::RegisterDocument> m_document;
    std::unique_ptr<ui::ReviewDialog> m_dialog;
};

QTEST_MAIN(ReviewDialogTest)
#include "ReviewDialogTest.moc"
