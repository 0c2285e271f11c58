#pragma once

#include "domain/Catalogue.h"
#include "domain/Register.h"

#include <QDate>
#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace ropa {

// One entry-level change to a register: an activity or a catalogue entry added, changed, moved or removed, or the
// organisation's details changed. A store writes changes; an open register makes the same changes in memory.
class RegisterChange
{
public:
    // Indices are positions in display order, from 0.
    struct InsertActivity
    {
        Activity activity;
        qsizetype index = 0;
        bool operator==(const InsertActivity&) const = default;
    };
    // Replaces the activity with the same id, keeping its place.
    struct UpdateActivity
    {
        Activity activity;
        bool operator==(const UpdateActivity&) const = default;
    };
    struct RemoveActivity
    {
        QString id;
        bool operator==(const RemoveActivity&) const = default;
    };
    // Takes the activity out and puts it back where it is at index afterwards.
    struct MoveActivity
    {
        QString id;
        qsizetype index = 0;
        bool operator==(const MoveActivity&) const = default;
    };
    struct InsertEntry
    {
        CatalogueEntry entry;
        qsizetype index = 0;
        bool operator==(const InsertEntry&) const = default;
    };
    // Replaces the entry of the same kind and id, keeping its place.
    struct UpdateEntry
    {
        CatalogueEntry entry;
        bool operator==(const UpdateEntry&) const = default;
    };
    struct RemoveEntry
    {
        Catalogue::Kind kind = Catalogue::Kind::DataCategories;
        QString id;
        bool operator==(const RemoveEntry&) const = default;
    };
    struct UpdateOrganisation
    {
        Controller controller;
        std::optional<QDate> lastReviewed;
        QString reviewedBy;
        QList<PecrUse> pecrDeclared;
        bool operator==(const UpdateOrganisation&) const = default;
    };
    using Variant = std::variant<InsertActivity, UpdateActivity, RemoveActivity, MoveActivity, InsertEntry, UpdateEntry,
                                 RemoveEntry, UpdateOrganisation>;

    template <typename Change>
    RegisterChange(Change change)
        : m_change(std::move(change))
    { }

    const Variant& variant() const { return m_change; }
    template <typename Change>
    const Change* as() const
    {
        return std::get_if<Change>(&m_change);
    }

    // Makes the change in reg. The change must fit reg (ids it names exist, new ids do not, indices are in range):
    // a store has accepted it for the register reg holds.
    void applyTo(Register& reg) const;
    // The change that puts back what this one changes, reg being as it is before this change is applied.
    RegisterChange inverseOn(const Register& reg) const;

    bool operator==(const RegisterChange&) const = default;

private:
    Variant m_change;
};

} // namespace ropa
