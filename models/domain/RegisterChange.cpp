#include "domain/RegisterChange.h"

#include "core/Overloaded.h"

namespace ropa {

void RegisterChange::applyTo(Register& reg) const
{
    std::visit(Overloaded{
                   [&reg](const InsertActivity& c) { reg.activities.insert(c.index, c.activity); },
                   [&reg](const UpdateActivity& c) { reg.activities[reg.indexOfActivity(c.activity.id)] = c.activity; },
                   [&reg](const RemoveActivity& c) { reg.activities.removeAt(reg.indexOfActivity(c.id)); },
                   [&reg](const MoveActivity& c) { reg.activities.move(reg.indexOfActivity(c.id), c.index); },
                   [&reg](const InsertEntry& c) { Catalogue::insert(reg, c.entry, c.index); },
                   [&reg](const UpdateEntry& c) { Catalogue::replace(reg, c.entry); },
                   [&reg](const RemoveEntry& c) { Catalogue::remove(reg, c.kind, c.id); },
                   [&reg](const UpdateOrganisation& c) {
                       reg.controller = c.controller;
                       reg.lastReviewed = c.lastReviewed;
                       reg.reviewedBy = c.reviewedBy;
                       reg.pecrDeclared = c.pecrDeclared;
                   },
               },
               m_change);
}

RegisterChange RegisterChange::inverseOn(const Register& reg) const
{
    return std::visit(
        Overloaded{
            [](const InsertActivity& c) -> RegisterChange { return RemoveActivity{c.activity.id}; },
            [&reg](const UpdateActivity& c) -> RegisterChange {
                return UpdateActivity{reg.activities.at(reg.indexOfActivity(c.activity.id))};
            },
            [&reg](const RemoveActivity& c) -> RegisterChange {
                const qsizetype index = reg.indexOfActivity(c.id);
                return InsertActivity{reg.activities.at(index), index};
            },
            [&reg](const MoveActivity& c) -> RegisterChange {
                return MoveActivity{c.id, reg.indexOfActivity(c.id)};
            },
            [](const InsertEntry& c) -> RegisterChange {
                return RemoveEntry{Catalogue::kindOf(c.entry), Catalogue::idOf(c.entry)};
            },
            [&reg](const UpdateEntry& c) -> RegisterChange {
                const Catalogue::Kind kind = Catalogue::kindOf(c.entry);
                return UpdateEntry{
                    Catalogue::entry(reg, kind, Catalogue::indexOf(reg, kind, Catalogue::idOf(c.entry)))};
            },
            [&reg](const RemoveEntry& c) -> RegisterChange {
                const qsizetype index = Catalogue::indexOf(reg, c.kind, c.id);
                return InsertEntry{Catalogue::entry(reg, c.kind, index), index};
            },
            [&reg](const UpdateOrganisation&) -> RegisterChange {
                return UpdateOrganisation{reg.controller, reg.lastReviewed, reg.reviewedBy, reg.pecrDeclared};
            },
        },
        m_change);
}

} // namespace ropa
