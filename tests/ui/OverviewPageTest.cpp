#include "OverviewPage.h"

#include "TestSupport.h"
#include "charts/BarChart.h"
#include "formats/DemoRegister.h"
#include "report/RegisterStatistics.h"
#include "session/RegisterDocument.h"

#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ropa;
using ui::charts::BarChart;

// The dashboard on a temporary copy of the KJM demo register, following edits and undo.
class OverviewPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void cleanup()
    {
        m_page.reset();
        m_document.reset();
        m_dir.reset();
    }

    void showsTheDemoRegistersCounts()
    {
        QVERIFY(open(formats::DemoRegister::load().value()));
        QCOMPARE(label("controllerNameLabel"), QStringLiteral("KJM Group Ltd"));
        QCOMPARE(label("activityCountLabel"), QStringLiteral("19"));
        QCOMPARE(label("recipientCountLabel"), QStringLiteral("9"));
        QCOMPARE(label("dataCategoryCountLabel"), QStringLiteral("12"));
        QCOMPARE(label("activitiesWithoutBasisLabel"), QStringLiteral("0"));
        QCOMPARE(label("unusedRecipientCountLabel"), QStringLiteral("1"));

        BarChart* basis = chart("basisChartView");
        QVERIFY(basis);
        QCOMPARE(basis->labels(), basisLabels());
        // Consent, contract, legal obligation, vital interests, public task, legitimate interests.
        QCOMPARE(basis->values(), (QList<int>{0, 10, 8, 0, 0, 16}));

        BarChart* recipients = chart("recipientsChartView");
        QVERIFY(recipients);
        QCOMPARE(recipients->values(), (QList<int>{3, 2, 2, 2, 1, 1, 1, 1, 0}));
        QCOMPARE(recipients->labels().first(), QStringLiteral("The fabricator of your windows, doors or conservatory"));
        QCOMPARE(recipients->labels().last(),
                 QStringLiteral("Prospective buyer or seller in a merger or business/asset sale"));
        QVERIFY(!m_page->findChild<QLabel*>(QStringLiteral("moreRecipientsLabel"))->isVisibleTo(m_page.get()));

        BarChart* sensitivity = chart("sensitivityChartView");
        QVERIFY(sensitivity);
        QCOMPARE(sensitivity->values(), (QList<int>{11, 0, 1}));
    }

    void chartsFollowEditsAndUndo()
    {
        QVERIFY(open(formats::DemoRegister::load().value()));
        BarChart* basis = chart("basisChartView");
        QVERIFY(basis);
        const QList<int> before = basis->values();
        QCOMPARE(before.at(0), 0);

        m_document->setBasis(4, Basis::Consent, true);
        QList<int> expected = before;
        expected[0] = 1;
        QCOMPARE(basis->values(), expected);

        m_document->undoStack()->undo();
        QCOMPARE(basis->values(), before);

        // Taking the only basis away from an activity shows as a warning figure.
        m_document->setBasis(13, Basis::LegalObligation, false);
        QCOMPARE(label("activitiesWithoutBasisLabel"), QStringLiteral("1"));
        QCOMPARE(basis->values().at(2), before.at(2) - 1);
        m_document->undoStack()->undo();
        QCOMPARE(label("activitiesWithoutBasisLabel"), QStringLiteral("0"));
    }

    void showsTheTopRecipientsAndCountsTheRest()
    {
        Register reg;
        reg.controller.name = QStringLiteral("Many Recipients plc");
        const QString longName =
            QStringLiteral("A recipient whose name is far too long to fit beside its bar on any reasonable screen, ");
        QStringList ids;
        for (int i = 1; i <= 13; ++i) {
            ids << QStringLiteral("r%1").arg(i);
            const QString name = (i == 5 || i == 6 ? longName : QString()) + QStringLiteral("Recipient %1").arg(i);
            reg.recipients.append({ids.last(), name, RecipientKind::Processor, {}, {}, {}});
        }
        // r13 is used three times, r5 to r12 twice, r1 to r4 once.
        const auto activity = [](const QString& id, const QStringList& recipients) {
            Activity a;
            a.id = id;
            a.purpose = id;
            a.bases = {{Basis::Contract}};
            a.recipients = recipients;
            return a;
        };
        reg.activities = {activity(QStringLiteral("all"), ids), activity(QStringLiteral("most"), ids.mid(4)),
                          activity(QStringLiteral("one"), {QStringLiteral("r13")})};
        QVERIFY(open(reg));

        BarChart* recipients = chart("recipientsChartView");
        QVERIFY(recipients);
        QCOMPARE(recipients->values(), (QList<int>{3, 2, 2, 2, 2, 2, 2, 2, 2, 1}));
        QCOMPARE(recipients->labels().first(), QStringLiteral("Recipient 13"));
        QCOMPARE(recipients->labels().last(), QStringLiteral("Recipient 1"));
        auto* more = m_page->findChild<QLabel*>(QStringLiteral("moreRecipientsLabel"));
        QVERIFY(more);
        QVERIFY(more->isVisibleTo(m_page.get()));
        QVERIFY2(more->text().contains(QStringLiteral("and 3 more")), qPrintable(more->text()));

        // The two long names elide alike, yet each keeps its own bar.
        const QList<QString> shown = recipients->displayedLabels();
        QCOMPARE(shown.size(), 10);
        QVERIFY(shown.at(1).endsWith(QChar(0x2026)));
        QCOMPARE(shown.at(1), shown.at(2));
        QCOMPARE(shown.at(0), QStringLiteral("Recipient 13"));
    }

    void anEmptyRegisterSaysSoInsteadOfDrawingZeros()
    {
        QVERIFY(open(Register{}));
        QCOMPARE(label("activityCountLabel"), QStringLiteral("0"));
        for (const char* name : {"basisChartView", "recipientsChartView", "sensitivityChartView"}) {
            BarChart* empty = chart(name);
            QVERIFY2(empty, name);
            QVERIFY2(empty->values().isEmpty(), name);
            QVERIFY2(!empty->title().isEmpty(), name);
        }
    }

    void fitsTheSmallestSupportedWindowWithoutScrollingSideways()
    {
        QVERIFY(open(formats::DemoRegister::load().value()));
        auto* scrollArea = m_page->findChild<QScrollArea*>(QStringLiteral("overviewScrollArea"));
        QVERIFY(scrollArea);
        QTRY_VERIFY(!scrollArea->horizontalScrollBar()->isVisible());
        // Nothing on the page is squeezed below the size it asks for.
        for (BarChart* chart : m_page->findChildren<BarChart*>()) {
            QVERIFY2(chart->height() >= chart->minimumSizeHint().height(), qPrintable(chart->objectName()));
            QVERIFY2(chart->width() >= chart->minimumSizeHint().width(), qPrintable(chart->objectName()));
        }
    }

private:
    // Opens a temporary register file holding reg and shows the page on it at the smallest supported size.
    bool open(const Register& reg)
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("register.ropa"));
        if (!test::writeRegisterFile(path, reg)) {
            return false;
        }
        auto document = session::RegisterDocument::open(path, test::kPassphrase);
        if (!document.ok()) {
            qWarning() << document.error().message;
            return false;
        }
        m_document = std::move(document.value());
        m_page = std::make_unique<ui::OverviewPage>(*m_document);
        m_page->resize(1100, 700);
        m_page->show();
        return QTest::qWaitForWindowExposed(m_page.get());
    }

    QString label(const char* name) const
    {
        auto* found = m_page->findChild<QLabel*>(QString::fromLatin1(name));
        return found ? found->text() : QStringLiteral("<no %1>").arg(QString::fromLatin1(name));
    }

    BarChart* chart(const char* name) const { return m_page->findChild<BarChart*>(QString::fromLatin1(name)); }

    static QList<QString> basisLabels()
    {
        QList<QString> names;
        for (const Basis basis : kAllBases) {
            names << basisName(basis);
        }
        return names;
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::RegisterDocument> m_document;
    std::unique_ptr<ui::OverviewPage> m_page;
};

QTEST_MAIN(OverviewPageTest)
#include "OverviewPageTest.moc"
