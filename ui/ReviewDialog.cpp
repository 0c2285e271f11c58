#include "ReviewDialog.h"

#include "FileDialog.h"
#include "MessageBox.h"
#include "core/AtomicFile.h"
#include "report/DiffDocument.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ropa::ui {

namespace {

// "The register now" in the comparison's lists.
constexpr qint64 kCurrent = -1;

QTableWidget* makeTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setObjectName(objectName);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

void addRow(QTableWidget* table, const QStringList& cells)
{
    const int row = table->rowCount();
    table->insertRow(row);
    for (int column = 0; column < cells.size(); ++column) {
        table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

} // namespace

ReviewDialog::ReviewDialog(session::RegisterDocument& document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setWindowTitle(tr("Review the Register"));

    auto* markBox = new QGroupBox(tr("Record a review"), this);
    auto* markForm = new QFormLayout(markBox);
    m_dateEdit = new QDateEdit(QDate::currentDate(), markBox);
    m_dateEdit->setObjectName(QStringLiteral("reviewDateEdit"));
    m_dateEdit->setCalendarPopup(true);
    m_dateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_reviewerEdit = new QLineEdit(m_document.actor(), markBox);
    m_reviewerEdit->setObjectName(QStringLiteral("reviewerEdit"));
    m_markButton = new QPushButton(tr("&Mark Register Reviewed"), markBox);
    m_markButton->setObjectName(QStringLiteral("markReviewedButton"));
    m_markButton->setToolTip(tr("Record that the whole register was reviewed on this day; it is kept as it stands "
                                "now, to compare with later"));
    auto* dateLabel = new QLabel(tr("Review &date:"), markBox);
    dateLabel->setBuddy(m_dateEdit);
    auto* reviewerLabel = new QLabel(tr("Reviewed &by:"), markBox);
    reviewerLabel->setBuddy(m_reviewerEdit);
    markForm->addRow(dateLabel, m_dateEdit);
    markForm->addRow(reviewerLabel, m_reviewerEdit);
    markForm->addRow(QString(), m_markButton);
    connect(m_markButton, &QPushButton::clicked, this, &ReviewDialog::markReviewed);

    m_dueTable = makeTable({tr("Due for review"), tr("Last reviewed")}, QStringLiteral("dueTable"), this);
    m_reviewsTable = makeTable({tr("Version"), tr("Review date"), tr("Reviewed by"), tr("Recorded")},
                               QStringLiteral("reviewsTable"), this);

    auto* compareBox = new QGroupBox(tr("What changed"), this);
    auto* compareLayout = new QVBoxLayout(compareBox);
    auto* choose = new QHBoxLayout;
    m_fromCombo = new QComboBox(compareBox);
    m_fromCombo->setObjectName(QStringLiteral("fromCombo"));
    m_toCombo = new QComboBox(compareBox);
    m_toCombo->setObjectName(QStringLiteral("toCombo"));
    auto* fromLabel = new QLabel(tr("&From:"), compareBox);
    fromLabel->setBuddy(m_fromCombo);
    auto* toLabel = new QLabel(tr("&To:"), compareBox);
    toLabel->setBuddy(m_toCombo);
    choose->addWidget(fromLabel);
    choose->addWidget(m_fromCombo, 1);
    choose->addWidget(toLabel);
    choose->addWidget(m_toCombo, 1);
    compareLayout->addLayout(choose);
    m_diffTable = makeTable({tr("Item"), tr("Field"), tr("Before"), tr("After")}, QStringLiteral("diffTable"), this);
    compareLayout->addWidget(m_diffTable);
    m_exportButton = new QPushButton(tr("Export &PDF…"), compareBox);
    m_exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    m_exportButton->setToolTip(tr("Write these changes as a PDF to print or keep in the DPO's file"));
    auto* exportRow = new QHBoxLayout;
    exportRow->addStretch();
    exportRow->addWidget(m_exportButton);
    compareLayout->addLayout(exportRow);
    connect(m_exportButton, &QPushButton::clicked, this, &ReviewDialog::exportPdf);
    connect(m_fromCombo, &QComboBox::currentIndexChanged, this, &ReviewDialog::showComparison);
    connect(m_toCombo, &QComboBox::currentIndexChanged, this, &ReviewDialog::showComparison);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(markBox);
    auto* lists = new QHBoxLayout;
    lists->addWidget(m_dueTable);
    lists->addWidget(m_reviewsTable);
    layout->addLayout(lists);
    layout->addWidget(compareBox, 1);
    layout->addWidget(buttons);

    connect(&m_document, &session::RegisterDocument::changed, this, &ReviewDialog::refresh);
    refresh();
    resize(900, 700);
}

void ReviewDialog::markReviewed()
{
    const QString reviewer = m_reviewerEdit->text().simplified();
    m_document.markRegisterReviewed(m_dateEdit->date(), reviewer);
}

void ReviewDialog::refresh()
{
    m_dueTable->setRowCount(0);
    for (const checks::ReviewDue::Item& item : m_document.reviewDue(QDate::currentDate())) {
        addRow(m_dueTable,
               {item.activityId.isEmpty() ? tr("The register (%1)").arg(item.name) : item.name,
                item.lastReviewed ? item.lastReviewed->toString(Qt::ISODate) : tr("Never")});
    }

    const Result<QList<store::ReviewRecord>> reviews = m_document.reviews();
    m_reviews = reviews ? reviews.value() : QList<store::ReviewRecord>();
    m_reviewsTable->setRowCount(0);
    for (const store::ReviewRecord& review : m_reviews) {
        addRow(
            m_reviewsTable,
            {QString::number(review.revision), review.date.toString(Qt::ISODate), review.reviewer, review.createdAt});
    }

    // From the last review to now, unless the user chose two other versions that still exist.
    const qint64 last = m_reviews.isEmpty() ? kCurrent : m_reviews.last().revision;
    qint64 from = m_fromCombo->currentData().isValid() ? m_fromCombo->currentData().toLongLong() : kCurrent;
    const qint64 to = m_toCombo->currentData().isValid() ? m_toCombo->currentData().toLongLong() : kCurrent;
    if (from == to) {
        from = last;
    }
    for (QComboBox* combo : {m_fromCombo, m_toCombo}) {
        const QSignalBlocker block(combo);
        combo->clear();
        for (const store::ReviewRecord& review : m_reviews) {
            combo->addItem(tr("Review of %1 by %2 (version %3)")
                               .arg(review.date.toString(Qt::ISODate), review.reviewer)
                               .arg(review.revision),
                           review.revision);
        }
        combo->addItem(tr("The register now"), kCurrent);
    }
    m_fromCombo->setCurrentIndex(std::max(0, m_fromCombo->findData(from)));
    m_toCombo->setCurrentIndex(std::max(0, m_toCombo->findData(to)));
    showComparison();
}

QString ReviewDialog::sideLabel(const QComboBox* combo) const
{
    const qint64 revision = combo->currentData().toLongLong();
    if (revision == kCurrent) {
        return tr("version %1 (the register now)").arg(m_document.revision());
    }
    for (const store::ReviewRecord& review : m_reviews) {
        if (review.revision == revision) {
            return tr("version %1 (reviewed on %2 by %3)")
                .arg(revision)
                .arg(review.date.toString(Qt::ISODate), review.reviewer);
        }
    }
    return combo->currentText();
}

void ReviewDialog::exportPdf()
{
    if (!m_diff) {
        return;
    }
    const QString path = FileDialog::saveFileName(this, tr("Export the Changes as PDF"),
                                                  QStringLiteral("register-changes.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    Status status = session::RegisterLocation(m_document.path()).refuseAsOutput(path);
    if (status) {
        const report::DiffDocument::Header header{m_document.reg().controller.name, sideLabel(m_fromCombo),
                                                  sideLabel(m_toCombo)};
        const Result<QByteArray> pdf = report::DiffDocument::pdf(*m_diff, header);
        status = pdf ? AtomicFile::write(path, pdf.value()) : Status(pdf.error());
    }
    if (!status) {
        MessageBox::warning(this, tr("Export the Changes as PDF"), status.error().message);
    }
}

void ReviewDialog::showComparison()
{
    m_diffTable->setRowCount(0);
    m_diff.reset();
    const auto registerAt = [this](qint64 revision) -> Result<Register> {
        if (revision == kCurrent) {
            return m_document.reg();
        }
        return m_document.snapshotAt(revision);
    };
    const Result<Register> from = registerAt(m_fromCombo->currentData().toLongLong());
    const Result<Register> to = registerAt(m_toCombo->currentData().toLongLong());
    if (!from || !to) {
        addRow(m_diffTable, {(!from ? from.error() : to.error()).message});
        return;
    }
    m_diff = RegisterDiff::between(from.value(), to.value());
    const RegisterDiff& diff = *m_diff;
    for (const RegisterDiff::FieldChange& field : diff.organisation()) {
        addRow(m_diffTable, {tr("Organisation"), field.field, field.before, field.after});
    }
    const auto items = [this](const QList<RegisterDiff::Item>& list) {
        for (const RegisterDiff::Item& item : list) {
            const QString name =
                item.kind ? QStringLiteral("%1 '%2'").arg(Catalogue::singular(*item.kind), item.name) : item.name;
            if (item.fields.isEmpty()) {
                addRow(m_diffTable, {name, RegisterDiff::itemChangeName(item.change)});
            }
            for (const RegisterDiff::FieldChange& field : item.fields) {
                addRow(m_diffTable, {name, field.field, field.before, field.after});
            }
        }
    };
    items(diff.activities());
    items(diff.entries());
}

} // namespace ropa::ui
