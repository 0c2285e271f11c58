#pragma once

#include "domain/Register.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace ropa::report {

// Looks up a register's catalogue entries by id, and which activities use each, for the documents.
class RegisterIndex
{
public:
    enum class Catalogue { DataCategories, SubjectCategories, Recipients, Sources, RetentionRules };

    explicit RegisterIndex(const Register& reg);

    const Register& reg() const { return m_register; }
    const DataCategory* dataCategory(const QString& id) const;
    const SubjectCategory* subjectCategory(const QString& id) const;
    const Recipient* recipient(const QString& id) const;
    const Source* source(const QString& id) const;
    const RetentionRule* retentionRule(const QString& id) const;

    // Positions (from 0) of the activities that refer to the entry with this id in the catalogue.
    QList<qsizetype> activitiesUsing(Catalogue catalogue, const QString& id) const;
    // Whether the activity uses Art. 9 or Art. 10 data.
    bool usesSpecialData(const Activity& activity) const;

private:
    const Register& m_register;
    QHash<QString, qsizetype> m_dataCategories;
    QHash<QString, qsizetype> m_subjectCategories;
    QHash<QString, qsizetype> m_recipients;
    QHash<QString, qsizetype> m_sources;
    QHash<QString, qsizetype> m_retentionRules;
    QHash<QString, QList<qsizetype>> m_usedBy; // key: usageKey(catalogue, id)
};

} // namespace ropa::report
