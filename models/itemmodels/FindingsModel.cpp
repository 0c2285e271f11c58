#include "itemmodels/FindingsModel.h"

#include "session/RegisterDocument.h"

#include <QColor>
#include <QTimer>

namespace ropa::itemmodels {

FindingsModel::FindingsModel(session::RegisterDocument& document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_today(QDate::currentDate())
{
    connect(&document, &session::RegisterDocument::changed, this, &FindingsModel::scheduleRefresh);
    m_findings = checks::Checker::run(document.reg(), {m_today});
    m_counts = checks::Checker::count(m_findings);
}

void FindingsModel::setToday(const QDate& today)
{
    m_today = today;
    refresh();
}

void FindingsModel::scheduleRefresh()
{
    // One run for all the changes made before the event loop comes round again.
    if (!m_refreshPending) {
        m_refreshPending = true;
        QTimer::singleShot(0, this, [this] {
            if (m_refreshPending) {
                refresh();
            }
        });
    }
}

void FindingsModel::refresh()
{
    m_refreshPending = false;
    QList<checks::Finding> findings = checks::Checker::run(m_document.reg(), {m_today});
    if (findings == m_findings) {
        return;
    }
    beginResetModel();
    m_findings = std::move(findings);
    m_counts = checks::Checker::count(m_findings);
    endResetModel();
    Q_EMIT findingsChanged();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)) {
        return {};
    }
    const checks::Finding& finding = m_findings.at(index.row());
    switch (role) {
    case FindingIndexRole:
        return index.row();
    case SeverityKeyRole:
        return checks::severityKey(finding.severity);
    case Qt::ForegroundRole:
        // The same red and amber as the overview's warning figures, so an error is seen before it is read.
        if (index.column() == SeverityColumn && finding.severity != checks::Severity::Info) {
            return finding.severity == checks::Severity::Error ? QColor(0xb3, 0x26, 0x1e) : QColor(0x9a, 0x62, 0x00);
        }
        return {};
    case SortRole:
        if (index.column() == SeverityColumn) {
            return static_cast<int>(finding.severity);
        }
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case SeverityColumn:
            return checks::severityName(finding.severity);
        case RuleColumn:
            return finding.ruleId;
        case ConcernsColumn:
            return finding.targetName;
        case MessageColumn:
            return finding.message;
        case ArticleColumn:
            return finding.article;
        case FixColumn:
            return finding.fix;
        }
        return {};
    default:
        return {};
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case RuleColumn:
        return tr("Rule");
    case ConcernsColumn:
        return tr("Concerns");
    case MessageColumn:
        return tr("Finding");
    case ArticleColumn:
        return tr("Provision");
    case FixColumn:
        return tr("What to do");
    }
    return {};
}

} // namespace ropa::itemmodels
