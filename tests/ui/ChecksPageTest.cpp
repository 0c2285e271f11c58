#include "ChecksPage.h"

#include "ActivityForm.h"
#include "MainWindow.h"
#include "OrganisationDialog.h"
#include "TestSupport.h"
#include "charts/BarChart.h"
#include "checks/Checker.h"
#include "formats/DemoRegister.h"
#include "itemmodels/FindingsModel.h"
#include "session/RegisterDocument.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ropa;
using checks::Finding;
using itemmodels::FindingsModel;

// The Checks page in the real main window on a temporary copy of the KJM demo register.
class ChecksPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_settingsDir = test::useTemporarySettings(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("kjm.ropa"));
        auto document = test::openDemoDocument(m_path);
        QVERIFY(document);
        m_window = std::make_unique<ui::MainWindow>();
        m_window->setDocument(std::move(document));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        m_window->showPage(ui::MainWindow::ChecksPage);
        m_page = m_window->findChild<ui::ChecksPage*>(QStringLiteral("checksPage"));
        QVERIFY(m_page);
        m_view = m_page->findChild<QTableView*>(QStringLiteral("findingsTableView"));
        QVERIFY(m_view);
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void listsTheCheckersFindingsWithTheCountInTheNavigation()
    {
        QAbstractItemModelTester tester(m_page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Finding> findings = checks::Checker::run(m_window->document()->reg());
        QCOMPARE(m_view->model()->rowCount(), findings.size());
        const checks::Checker::Counts counts = checks::Checker::count(findings);
        const int attention = counts.errors + counts.warnings;
        QVERIFY(attention > 0);
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
        QCOMPARE(navigation->item(ui::MainWindow::ChecksPage)->text(), QStringLiteral("Checks (%1)").arg(attention));
        QCOMPARE(navigation->count(), int(ui::MainWindow::PageCount));
        QCOMPARE(navigation->item(ui::MainWindow::MatrixPage)->text(), QStringLiteral("Matrix"));
        QCOMPARE(navigation->item(ui::MainWindow::AuditLogPage)->text(), QStringLiteral("Audit log"));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("findingsSummaryLabel"))->text(),
                 QStringLiteral("%1 errors, %2 warnings, %3 for information")
                     .arg(counts.errors)
                     .arg(counts.warnings)
                     .arg(counts.infos));
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("ruleSetLabel"))->text(),
                 QStringLiteral("Rule set 2026.12"));
        // The first finding is chosen and shown in full.
        QVERIFY(m_page->currentFinding());
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("findingMessageLabel"))->text(), findings.first().message);
        QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("findingFixLabel"))->text(), findings.first().fix);
    }

    void filtersBySeverity()
    {
        const checks::Checker::Counts counts = checks::Checker::count(m_page->model()->findings());
        auto* combo = m_page->findChild<QComboBox*>(QStringLiteral("severityFilterComboBox"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Errors")));
        QCOMPARE(m_view->model()->rowCount(), counts.errors);
        combo->setCurrentIndex(combo->findText(QStringLiteral("Information")));
        QCOMPARE(m_view->model()->rowCount(), counts.infos);
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            QCOMPARE(m_view->model()->index(row, 0).data().toString(), QStringLiteral("Information"));
        }
        m_page->setSeverityFilter(checks::Severity::Warning);
        QCOMPARE(combo->currentText(), QStringLiteral("Warnings"));
        QCOMPARE(m_view->model()->rowCount(), counts.warnings);
        m_page->setSeverityFilter(std::nullopt);
        QCOMPARE(m_view->model()->rowCount(), m_page->model()->findings().size());
    }

    void enterOnAnActivityFindingFocusesItsField_data()
    {
        QTest::addColumn<QString>("field");
        QTest::newRow("assessment") << QStringLiteral("bases.assessment");
        QTest::newRow("retention") << QStringLiteral("retention");
    }

    void enterOnAnActivityFindingFocusesItsField()
    {
        QFETCH(QString, field);
        const int row = rowWhere([&](const Finding& f) {
            return f.target.kind == checks::FindingTarget::Kind::Activity && f.target.field == field;
        });
        QVERIFY(row >= 0);
        const Finding finding = *m_page->currentFinding();
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Return);

        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::ActivitiesPage));
        auto* activities = m_window->findChild<QWidget*>(QStringLiteral("activitiesPage"));
        auto* table = activities->findChild<QTableView*>(QStringLiteral("activityTableView"));
        QVERIFY(table);
        const qsizetype index = m_window->document()->reg().indexOfActivity(finding.target.id);
        QCOMPARE(table->currentIndex().data().toString(), QString::number(index + 1));
        QTRY_VERIFY(QApplication::focusWidget());
        const QString focused = QApplication::focusWidget()->property(ui::ActivityForm::kFieldProperty).toString();
        // The form may name the part of the bases it focuses, or the bases as a whole.
        QVERIFY2(focused == field || field.startsWith(focused + QLatin1Char('.')), qPrintable(focused));
    }

    void doubleClickOnACatalogueFindingSelectsTheEntry()
    {
        const int row = rowWhere([](const Finding& f) {
            return f.target.kind == checks::FindingTarget::Kind::CatalogueEntry &&
                f.target.catalogue == Catalogue::Kind::Recipients;
        });
        QVERIFY(row >= 0);
        const Finding finding = *m_page->currentFinding();
        const QRect cell = m_view->visualRect(m_view->model()->index(row, 2));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, cell.center());
        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::ChecksPage)); // one click only chooses
        QTest::mouseDClick(m_view->viewport(), Qt::LeftButton, {}, cell.center());

        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::RecipientsPage));
        auto* recipients = m_window->findChild<QWidget*>(QStringLiteral("recipientsPage"));
        auto* table = recipients->findChild<QTableView*>(QStringLiteral("catalogueTableView"));
        QVERIFY(table);
        const qsizetype index =
            Catalogue::indexOf(m_window->document()->reg(), Catalogue::Kind::Recipients, finding.target.id);
        QCOMPARE(table->currentIndex().row(), int(index));
    }

    void aRegisterFindingOpensTheOrganisationDetails()
    {
        const int row =
            rowWhere([](const Finding& f) { return f.target.kind == checks::FindingTarget::Kind::Register; });
        QVERIFY(row >= 0);
        m_page->findChild<QPushButton*>(QStringLiteral("goToFindingButton"))->click();
        QTRY_VERIFY(m_window->findChild<ui::OrganisationDialog*>(QStringLiteral("organisationDialog")));
        auto* dialog = m_window->findChild<ui::OrganisationDialog*>(QStringLiteral("organisationDialog"));
        QVERIFY(dialog->isVisible());
        dialog->reject();
    }

    void fixItChangesTheRegisterAndUndoBringsTheFindingBack()
    {
        for (const QString& rule : {QStringLiteral("RB013"), QStringLiteral("RB012"), QStringLiteral("RB017")}) {
            const int row = rowWhere([&](const Finding& f) { return f.ruleId == rule; });
            QVERIFY2(row >= 0, qPrintable(rule));
            const Finding finding = *m_page->currentFinding();
            QVERIFY(finding.hasMechanicalFix);
            auto* fix = m_page->findChild<QPushButton*>(QStringLiteral("fixFindingButton"));
            QVERIFY(fix->isEnabled());
            const Register before = m_window->document()->reg();

            fix->click();
            QVERIFY(m_window->document()->reg() != before);
            QCOMPARE(m_window->document()->storedRegister().value(), m_window->document()->reg());
            QVERIFY(!m_page->model()->findings().contains(finding));

            m_window->document()->undoStack()->undo();
            QTRY_VERIFY(m_page->model()->findings().contains(finding));
            QCOMPARE(m_window->document()->reg(), before);
        }
        // A finding the program cannot fix leaves the button off.
        QVERIFY(rowWhere([](const Finding& f) { return !f.hasMechanicalFix; }) >= 0);
        QVERIFY(!m_page->findChild<QPushButton*>(QStringLiteral("fixFindingButton"))->isEnabled());
    }

    void anEditElsewhereRefreshesTheListAndTheBadge()
    {
        const QString id = QStringLiteral("verify-identity");
        const auto hasRetentionFinding = [&] {
            for (const Finding& f : m_page->model()->findings()) {
                if (f.ruleId == u"RB013" && f.target.id == id) {
                    return true;
                }
            }
            return false;
        };
        QVERIFY(hasRetentionFinding());
        auto* navigation = m_window->findChild<QListWidget*>(QStringLiteral("navigationList"));
        const QString badge = navigation->item(ui::MainWindow::ChecksPage)->text();
        session::RegisterDocument* document = m_window->document();
        const qsizetype index = document->reg().indexOfActivity(id);
        Activity changed = document->reg().activities.at(index);
        changed.retention = document->reg().retentionRules.first().id;
        document->changeActivity(index, changed, QStringLiteral("Change retention"));
        QTRY_VERIFY(!hasRetentionFinding());
        QVERIFY(navigation->item(ui::MainWindow::ChecksPage)->text() != badge);
        QCOMPARE(m_view->model()->rowCount(), checks::Checker::run(document->reg()).size());
    }

    void overviewCardsAndTheFindingsChartLeadToTheirPages()
    {
        m_window->showPage(ui::MainWindow::OverviewPage);
        auto* overview = m_window->findChild<QWidget*>(QStringLiteral("overviewPage"));
        auto* activitiesCard = overview->findChild<QPushButton*>(QStringLiteral("activityCountLabelCard"));
        QVERIFY(activitiesCard);
        QTest::mouseClick(activitiesCard, Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::ActivitiesPage));

        m_window->showPage(ui::MainWindow::OverviewPage);
        auto* recipientsCard = overview->findChild<QPushButton*>(QStringLiteral("recipientCountLabelCard"));
        recipientsCard->setFocus();
        QTest::keyClick(recipientsCard, Qt::Key_Space);
        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::RecipientsPage));

        m_window->showPage(ui::MainWindow::OverviewPage);
        const checks::Checker::Counts counts = checks::Checker::count(m_page->model()->findings());
        auto* findings = overview->findChild<ui::charts::BarChart*>(QStringLiteral("findingsChartView"));
        QVERIFY(findings);
        QCOMPARE(findings->values(), (QList<int>{counts.errors, counts.warnings, counts.infos}));
        QCOMPARE(overview->findChild<QLabel*>(QStringLiteral("findingCountLabel"))->text(),
                 QString::number(counts.errors + counts.warnings));
        findings->activateBar(0);
        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::ChecksPage));
        QCOMPARE(m_view->model()->rowCount(), counts.errors);
        m_window->showPage(ui::MainWindow::OverviewPage);
        findings->activateBar(2);
        QCOMPARE(m_view->model()->rowCount(), counts.infos);
        m_window->showPage(ui::MainWindow::OverviewPage);
        QTest::mouseClick(overview->findChild<QPushButton*>(QStringLiteral("findingCountLabelCard")), Qt::LeftButton);
        QCOMPARE(m_window->currentPage(), int(ui::MainWindow::ChecksPage));
        QCOMPARE(m_view->model()->rowCount(), m_page->model()->findings().size());
    }

    void screenshot()
    {
        m_window->resize(1280, 800);
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/checks-page.png")));
        m_window->showPage(ui::MainWindow::OverviewPage);
        QVERIFY(m_window->grab().save(QStringLiteral("/tmp/overview-page.png")));
    }

private:
    // Makes the first row whose finding matches current, and returns its row in the view, or -1.
    template <typename Predicate>
    int rowWhere(Predicate matches)
    {
        for (int row = 0; row < m_view->model()->rowCount(); ++row) {
            const int index = m_view->model()->index(row, 0).data(FindingsModel::FindingIndexRole).toInt();
            if (matches(m_page->model()->findings().at(index))) {
                m_view->setCurrentIndex(m_view->model()->index(row, 0));
                m_view->scrollTo(m_view->currentIndex());
                return row;
            }
        }
        return -1;
    }

    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::ChecksPage* m_page = nullptr;
    QTableView* m_view = nullptr;
};

QTEST_MAIN(ChecksPageTest)
#include "ChecksPageTest.moc"
