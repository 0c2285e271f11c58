#include "MatrixPage.h"

#include "TestSupport.h"
#include "session/RegisterDocument.h"

#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QtTest>

using namespace ropa;

// The matrix page on the KJM demo register: a click anywhere in a cell toggles its basis.
class MatrixPageTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_document = test::openDemoDocument(m_dir->filePath(QStringLiteral("kjm.ropa")));
        QVERIFY(m_document);
        m_page = std::make_unique<ui::MatrixPage>(*m_document);
        m_page->resize(1000, 700);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        m_view = m_page->findChild<QTableView*>(QStringLiteral("matrixTableView"));
        QVERIFY(m_view);
    }

    void cleanup()
    {
        m_page.reset();
        m_document.reset();
    }

    void aClickInTheMiddleOfACellTogglesItsBasis()
    {
        // Column 4 is consent; row 4 is "Verifying your identity", which has no consent.
        const QModelIndex cell = m_view->model()->index(4, 4);
        QVERIFY(!m_document->reg().activities.at(4).hasBasis(Basis::Consent));
        const QRect rect = m_view->visualRect(cell);
        QVERIFY(rect.width() > 30);
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, rect.center());
        QVERIFY(m_document->reg().activities.at(4).hasBasis(Basis::Consent));
        QCOMPARE(cell.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(m_document->storedRegister().value().activities.at(4).hasBasis(Basis::Consent));
        QCOMPARE(m_view->currentIndex(), cell);

        // Near its far edge too, and once only per click.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(rect.right() - 3, rect.bottom() - 2));
        QVERIFY(!m_document->reg().activities.at(4).hasBasis(Basis::Consent));
        QCOMPARE(m_document->undoStack()->count(), 2);
        m_document->undoStack()->undo();
        QVERIFY(m_document->reg().activities.at(4).hasBasis(Basis::Consent));
    }

    void theBoxItselfStillTogglesOnce()
    {
        const QModelIndex cell = m_view->model()->index(4, 4);
        const QRect rect = m_view->visualRect(cell);
        // The box is drawn at the start of the cell.
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, QPoint(rect.left() + 10, rect.center().y()));
        QVERIFY(m_document->reg().activities.at(4).hasBasis(Basis::Consent));
        QCOMPARE(m_document->undoStack()->count(), 1);
    }

    void aClickOnThePurposeOrADragAcrossCellsChangesNothing()
    {
        const QRect purpose = m_view->visualRect(m_view->model()->index(4, 0));
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, {}, purpose.center());
        const QRect from = m_view->visualRect(m_view->model()->index(4, 4));
        const QRect to = m_view->visualRect(m_view->model()->index(5, 4));
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, {}, from.center());
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, {}, to.center());
        QCOMPARE(m_document->undoStack()->count(), 0);
    }

    void spaceTogglesTheCurrentCell()
    {
        const QModelIndex cell = m_view->model()->index(4, 4);
        m_view->setCurrentIndex(cell);
        m_view->setFocus();
        QTest::keyClick(m_view, Qt::Key_Space);
        QVERIFY(m_document->reg().activities.at(4).hasBasis(Basis::Consent));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<session::RegisterDocument> m_document;
    std::unique_ptr<ui::MatrixPage> m_page;
    QTableView* m_view = nullptr;
};

QTEST_MAIN(MatrixPageTest)
#include "MatrixPageTest.moc"
