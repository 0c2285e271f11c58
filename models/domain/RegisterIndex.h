#pragma once

#include "domain/Catalogue.h"
#include "domain/Register.h"

#include <QHash>
#include <QList>
#include <QString>

namespace ropa {

// Looks up a register's catalogue entries by id, and which activities use each, in one pass over the register.
class RegisterIndex
{
public:
    explicit RegisterIndex(const Register& reg);

    const Register& reg() const { return m_register; }
    const DataCategory* dataCategory(const QString& id) const;
    const SubjectCategory* subjectCategory(const QString& id) const;
    const Recipient* recipient(const QString& id) const;
    const Source* source(const QString& id) const;
    const RetentionRule* retentionRule(const QString& id) const;

    // Positions (from 0) of the activities that refer to the entry with this id, as Catalogue::usedBy says.
    QList<qsizetype> activitiesUsing(Catalogue::Kind kind, const QString& id) const;
    // The special category (Art. 9) and criminal offence (Art. 10) data the activity uses, in its own order.
    QList<const DataCategory*> sensitiveData(const Activity& activity) const;
    // Whether the activity uses Art. 9 or Art. 10 data, and so needs a condition besides its lawful basis.
    bool usesSpecialData(const Activity& activity) const;

private:
    const Register& m_register;
    QHash<QString, qsizetype> m_dataCategories;
    QHash<QString, qsizetype> m_subjectCategories;
    QHash<QString, qsizetype> m_recipients;
    QHash<QString, qsizetype> m_sources;
    QHash<QString, qsizetype> m_retentionRules;
    // Catalogue ids are unique per kind, not across kinds, so there is one map a kind.
    QHash<QString, QList<qsizetype>> m_usedBy[Catalogue::kKindCount];
};

} // namespace ropa
