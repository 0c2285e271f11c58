#include "ActivitiesPage.h"

#include "TestSupport.h"
#include "itemmodels/ActivityTableModel.h"
#include "session/RegisterDocument.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace ropa;
using Model = itemmodels::ActivityTableModel;

// The activities page on the KJM demo register: moving activities only while the table shows the register's order.
class ActivitiesPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_document = test::openDemoDocument(m_dir->filePath(QStringLiteral("kjm.ropa")));
        QVERIFY(m_document);
        m_page = std::make_unique<ui::ActivitiesPage>(*m_document);
        m_page->resize(1200, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_view = m_page->findChild<QTableView*>(QStringLiteral("activityTableView"));
        m_up = m_page->findChild<QPushButton*>(QStringLiteral("moveUpButton"));
        m_down = m_page->findChild<QPushButton*>(QStringLiteral("moveDownButton"));
        QVERIFY(m_view && m_up && m_down);
    }

    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    void sortedByAHeadingTheMoveButtonsAreDisabledAndSayWhy()
    {
        m_page->showActivity(m_document->reg().activities.at(2).id, QString());
        QVERIFY(m_up->isEnabled());
        QVERIFY(m_down->isEnabled());
        const QStringList before = purposes();

        clickHeading(Model::PurposeColumn);
        QCOMPARE(m_view->horizontalHeader()->sortIndicatorSection(), int(Model::PurposeColumn));
        QVERIFY(!m_up->isEnabled());
        QVERIFY(!m_down->isEnabled());
        QVERIFY2(m_down->toolTip().contains(QStringLiteral("sorted by a heading")), qPrintable(m_down->toolTip()));
        QVERIFY(m_up->toolTip().contains(QStringLiteral("# heading")));
        QVERIFY(!m_view->dragEnabled());
        // The keys do nothing either.
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Down, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(purposes(), before);

        // Sorted by #, lowest first, the register's order is back, and with it the buttons.
        clickHeading(Model::OrderColumn);
        QCOMPARE(m_view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
        QVERIFY(m_down->isEnabled());
        QVERIFY(m_down->toolTip().contains(QStringLiteral("Ctrl+Shift+Down")));
        const QString moved = m_document->reg().activities.at(2).purpose;
        QCOMPARE(chosenPurpose(), moved);
        QTest::mouseClick(m_down, Qt::LeftButton);
        QCOMPARE(m_document->reg().activities.at(3).purpose, moved);
        QCOMPARE(purposes().at(2), before.at(3));
        QCOMPARE(chosenPurpose(), moved);
        QCOMPARE(m_view->currentIndex().row(), 3); // shown where it now is

        // Highest first is not the register's order.
        clickHeading(Model::OrderColumn);
        QCOMPARE(m_view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QVERIFY(!m_down->isEnabled());
        // A third click takes the sorting away.
        clickHeading(Model::OrderColumn);
        QCOMPARE(m_view->horizontalHeader()->sortIndicatorSection(), -1);
        QVERIFY(m_up->isEnabled());
        QVERIFY(m_down->isEnabled());
        QVERIFY(m_view->dragEnabled());
    }

    void whileSearchingTheyAreDisabledAndSaySo()
    {
        m_page->showActivity(m_document->reg().activities.at(2).id, QString());
        auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QVERIFY(search);
        search->setText(QStringLiteral("a"));
        QVERIFY(!m_down->isEnabled());
        QVERIFY2(m_down->toolTip().contains(QStringLiteral("clear the search")), qPrintable(m_down->toolTip()));
        search->clear();
        QVERIFY(m_down->isEnabled());
    }

private:
    QString chosenPurpose() const
    {
        return m_view->model()->index(m_view->currentIndex().row(), Model::PurposeColumn).data().toString();
    }

    QStringList purposes() const
    {
        QStringList list;
        for (const Activity& activity : m_document->reg().activities) {
            list << activity.purpose;
        }
        return list;
    }

    void clickHeading(int column)
    {
        QHeaderView* header = m_view->horizontalHeader();
        const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                            header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::RegisterDocument> m_document;
    std::unique_ptr<ui::ActivitiesPage> m_page;
    QTableView* m_view = nullptr;
    QPushButton* m_up = nullptr;
    QPushButton* m_down = nullptr;
};

QTEST_MAIN(ActivitiesPageTest)
#include "ActivitiesPageTest.moc"
