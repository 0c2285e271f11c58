#pragma once

#include "domain/Catalogue.h"
#include "domain/Register.h"

#include <QList>
#include <QString>
#include <optional>

namespace ropa {

// What differs between two versions of a register, field by field and in words, for a reviewer comparing the
// register as last signed off with the register now. Activities and catalogue entries are matched by id, so a
// renamed activity is a change of its purpose, not one removed and another added.
class RegisterDiff
{
public:
    struct FieldChange
    {
        QString field; // in words, as the audit log names it ("purpose", "lawful bases", ...)
        QString before; // in words; empty for nothing
        QString after;
        bool operator==(const FieldChange&) const = default;
    };

    enum class ItemChange { Added, Removed, Moved, Changed };

    struct Item
    {
        ItemChange change = ItemChange::Changed;
        QString id;
        QString name; // as the newer register names it (the older one for a removed item)
        std::optional<Catalogue::Kind> kind; // for a catalogue entry; nullopt for an activity
        QList<FieldChange> fields; // for a changed item; a moved one gives its place before and after
    };

    static RegisterDiff between(const Register& before, const Register& after);

    // The activity field's name in words for its .ropa.json key ("business_function" is "business function"); the
    // key itself for a key this version does not know.
    static QString activityFieldName(const QString& key);
    static QString itemChangeName(ItemChange change);

    bool isEmpty() const;
    const QList<FieldChange>& organisation() const { return m_organisation; }
    const QList<Item>& activities() const { return m_activities; }
    const QList<Item>& entries() const { return m_entries; }

    // The differences as plain text, one line per field: "Activity 'Sales': purpose: 'Old' -> 'New'".
    QString toText() const;

private:
    QList<FieldChange> m_organisation;
    QList<Item> m_activities;
    QList<Item> m_entries;
};

} // namespace ropa
