#include "session/RemoveCatalogueEntryCommand.h"

#include "session/AuditAction.h"
#include "session/RegisterDocument.h"

#include <QCoreApplication>

namespace ropa::session {

namespace {
// The activities let go of the entry first, so that nothing refers to it when it goes.
QList<RegisterChange> changesFor(const Register& reg, Catalogue::Kind kind, const QString& id)
{
    QList<RegisterChange> changes;
    for (const qsizetype index : Catalogue::usedBy(reg, kind, id)) {
        changes.append(RegisterChange::UpdateActivity{Catalogue::withoutReference(reg.activities.at(index), kind, id)});
    }
    changes.append(RegisterChange::RemoveEntry{kind, id});
    return changes;
}
} // namespace

RemoveCatalogueEntryCommand::RemoveCatalogueEntryCommand(RegisterDocument& document, Catalogue::Kind kind,
                                                         qsizetype row)
    : EditCommand(document,
                  QCoreApplication::translate("ropa::session::RemoveCatalogueEntryCommand", "Delete %1 '%2'")
                      .arg(Catalogue::singular(kind), Catalogue::name(document.reg(), kind, row).simplified()),
                  changesFor(document.reg(), kind, Catalogue::id(document.reg(), kind, row)),
                  AuditAction::record(AuditAction::kRemoveEntry,
                                      {{QStringLiteral("kind"), Catalogue::kindKey(kind)},
                                       {QStringLiteral("id"), Catalogue::id(document.reg(), kind, row)},
                                       {QStringLiteral("name"), Catalogue::name(document.reg(), kind, row)}}))
{ }

} // namespace ropa::session
