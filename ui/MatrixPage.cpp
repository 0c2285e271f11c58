#include "MatrixPage.h"

#include "itemmodels/MatrixModel.h"
#include "report/LawfulBasisMatrix.h"
#include "session/RegisterDocument.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace ropa::ui {

MatrixPage::MatrixPage(session::RegisterDocument& document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new itemmodels::MatrixModel(document, this))
    , m_matrixTableView(new QTableView(this))
    , m_matrixPreviewEdit(new QPlainTextEdit(this))
{
    m_matrixTableView->setObjectName(QStringLiteral("matrixTableView"));
    m_matrixTableView->setModel(m_model);
    m_matrixTableView->setSelectionMode(QAbstractItemView::SingleSelection);
    // One line per purpose (the full text is the tooltip), and basis columns as wide as their headings.
    m_matrixTableView->setWordWrap(false);
    m_matrixTableView->setTextElideMode(Qt::ElideRight);
    m_matrixTableView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrixTableView->horizontalHeader()->setSectionResizeMode(itemmodels::MatrixModel::kPurposeColumn,
                                                                QHeaderView::Stretch);
    m_matrixTableView->setToolTip(tr("Click a cell to give a purpose that lawful basis; Ctrl+Z undoes it."));
    m_matrixTableView->viewport()->installEventFilter(this);

    m_matrixPreviewEdit->setObjectName(QStringLiteral("matrixPreviewEdit"));
    m_matrixPreviewEdit->setReadOnly(true);
    m_matrixPreviewEdit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_matrixPreviewEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    auto* previewLabel = new QLabel(tr("As a privacy notice prints it:"), this);
    auto* preview = new QWidget(this);
    auto* previewLayout = new QVBoxLayout(preview);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(previewLabel);
    previewLayout->addWidget(m_matrixPreviewEdit);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_matrixTableView);
    splitter->addWidget(preview);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Any change to the activities can change the list, including the markers of other purposes.
    using Doc = session::RegisterDocument;
    for (auto signal : {&Doc::activityInserted, &Doc::activityRemoved, &Doc::activityChanged}) {
        connect(&document, signal, this, &MatrixPage::refreshPreview);
    }
    connect(&document, &Doc::activityMoved, this, &MatrixPage::refreshPreview);
    connect(&document, &Doc::reloaded, this, &MatrixPage::refreshPreview);
    refreshPreview();
}

bool MatrixPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_matrixTableView->viewport()) {
        return QWidget::eventFilter(watched, event);
    }
    const auto cellAt = [this](QEvent* e) {
        const QModelIndex index = m_matrixTableView->indexAt(static_cast<QMouseEvent*>(e)->position().toPoint());
        return index.flags().testFlag(Qt::ItemIsUserCheckable) ? index : QModelIndex();
    };
    switch (event->type()) {
    case QEvent::MouseButtonPress:
        // Left to the view, which makes the cell current; only where it goes down is noted.
        m_pressedCell = static_cast<QMouseEvent*>(event)->button() == Qt::LeftButton ? cellAt(event) : QModelIndex();
        break;
    case QEvent::MouseButtonRelease: {
        if (static_cast<QMouseEvent*>(event)->button() != Qt::LeftButton) {
            break;
        }
        const QModelIndex cell = cellAt(event);
        const bool same = cell.isValid() && cell == m_pressedCell;
        m_pressedCell = QModelIndex();
        if (same) {
            // The release is taken here, so the delegate does not toggle the box a second time.
            const bool on = cell.data(Qt::CheckStateRole).value<Qt::CheckState>() == Qt::Checked;
            m_model->setData(cell, on ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
            return true;
        }
        break;
    }
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void MatrixPage::refreshPreview()
{
    m_matrixPreviewEdit->setPlainText(report::LawfulBasisMatrix(m_document.reg()).toText());
}

} // namespace ropa::ui
