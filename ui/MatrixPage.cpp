#include "MatrixPage.h"

#include "itemmodels/MatrixModel.h"
#include "report/LawfulBasisMatrix.h"
#include "session/RegisterDocument.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
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
    m_matrixTableView->setToolTip(tr("Tick a cell to give a purpose that lawful basis; Ctrl+Z undoes it."));

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

void MatrixPage::refreshPreview()
{
    m_matrixPreviewEdit->setPlainText(report::LawfulBasisMatrix(m_document.reg()).toText());
}

} // namespace ropa::ui
