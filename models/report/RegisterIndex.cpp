#include "report/RegisterIndex.h"

namespace ropa::report {

namespace {
template <typename T>
QHash<QString, qsizetype> indexById(const QList<T>& items)
{
    QHash<QString, qsizetype> index;
    index.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        index.insert(items.at(i).id, i);
    }
    return index;
}

template <typename T>
const T* find(const QList<T>& items, const QHash<QString, qsizetype>& index, const QString& id)
{
    const auto it = index.constFind(id);
    return it == index.cend() ? nullptr : &items.at(*it);
}
QString usageKey(RegisterIndex::Catalogue catalogue, const QString& id)
{
    return QString::number(static_cast<int>(catalogue)) + QLatin1Char(':') + id;
}
} // namespace

RegisterIndex::RegisterIndex(const Register& reg)
    : m_register(reg)
    , m_dataCategories(indexById(reg.dataCategories))
    , m_subjectCategories(indexById(reg.subjectCategories))
    , m_recipients(indexById(reg.recipients))
    , m_sources(indexById(reg.sources))
    , m_retentionRules(indexById(reg.retentionRules))
{
    // Catalogue ids are unique per catalogue, not across them, so the key carries the catalogue.
    for (qsizetype index = 0; index < reg.activities.size(); ++index) {
        const Activity& a = reg.activities.at(index);
        const std::pair<Catalogue, const QStringList*> links[] = {{Catalogue::DataCategories, &a.dataCategories},
                                                                  {Catalogue::SubjectCategories, &a.subjectCategories},
                                                                  {Catalogue::Recipients, &a.recipients},
                                                                  {Catalogue::Sources, &a.sources}};
        for (const auto& [catalogue, refs] : links) {
            for (const QString& ref : *refs) {
                m_usedBy[usageKey(catalogue, ref)].append(index);
            }
        }
        if (a.retention) {
            m_usedBy[usageKey(Catalogue::RetentionRules, *a.retention)].append(index);
        }
    }
}

const DataCategory* RegisterIndex::dataCategory(const QString& id) const
{
    return find(m_register.dataCategories, m_dataCategories, id);
}

const SubjectCategory* RegisterIndex::subjectCategory(const QString& id) const
{
    return find(m_register.subjectCategories, m_subjectCategories, id);
}

const Recipient* RegisterIndex::recipient(const QString& id) const
{
    return find(m_register.recipients, m_recipients, id);
}

const Source* RegisterIndex::source(const QString& id) const
{
    return find(m_register.sources, m_sources, id);
}

const RetentionRule* RegisterIndex::retentionRule(const QString& id) const
{
    return find(m_register.retentionRules, m_retentionRules, id);
}

QList<qsizetype> RegisterIndex::activitiesUsing(Catalogue catalogue, const QString& id) const
{
    return m_usedBy.value(usageKey(catalogue, id));
}

bool RegisterIndex::usesSpecialData(const Activity& activity) const
{
    for (const QString& id : activity.dataCategories) {
        const DataCategory* c = dataCategory(id);
        if (c && c->special != SpecialCategory::None) {
            return true;
        }
    }
    return false;
}

} // namespace ropa::report
