#include "domain/RegisterIndex.h"

namespace ropa {

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
} // namespace

RegisterIndex::RegisterIndex(const Register& reg)
    : m_register(reg)
    , m_dataCategories(indexById(reg.dataCategories))
    , m_subjectCategories(indexById(reg.subjectCategories))
    , m_recipients(indexById(reg.recipients))
    , m_sources(indexById(reg.sources))
    , m_retentionRules(indexById(reg.retentionRules))
{
    for (qsizetype index = 0; index < reg.activities.size(); ++index) {
        for (const Catalogue::Kind kind : Catalogue::kinds()) {
            for (const QString& ref : Catalogue::references(reg.activities.at(index), kind)) {
                QList<qsizetype>& users = m_usedBy[static_cast<int>(kind)][ref];
                // An activity counts once however often its list names the entry, as in Catalogue::usedBy.
                if (users.isEmpty() || users.last() != index) {
                    users.append(index);
                }
            }
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

QList<qsizetype> RegisterIndex::activitiesUsing(Catalogue::Kind kind, const QString& id) const
{
    return m_usedBy[static_cast<int>(kind)].value(id);
}

QList<const DataCategory*> RegisterIndex::sensitiveData(const Activity& activity) const
{
    QList<const DataCategory*> sensitive;
    for (const QString& id : activity.dataCategories) {
        const DataCategory* c = dataCategory(id);
        if (c && c->special != SpecialCategory::None && !sensitive.contains(c)) {
            sensitive.append(c);
        }
    }
    return sensitive;
}

bool RegisterIndex::usesSpecialData(const Activity& activity) const
{
    return !sensitiveData(activity).isEmpty();
}

} // namespace ropa
