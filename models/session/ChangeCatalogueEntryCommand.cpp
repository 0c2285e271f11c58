#include "session/ChangeCatalogueEntryCommand.h"

#include "session/AuditAction.h"
#include "session/RegisterDocument.h"

#include <QCoreApplication>

namespace ropa::session {

namespace {

CatalogueEntry changed(const Register& reg, Catalogue::Kind kind, qsizetype row, const QString& key,
                       const QString& value)
{
    CatalogueEntry entry = Catalogue::entry(reg, kind, row);
    Catalogue::setValue(entry, key, value);
    return entry;
}

} // namespace

ChangeCatalogueEntryCommand::ChangeCatalogueEntryCommand(RegisterDocument& document, Catalogue::Kind kind,
                                                         qsizetype row, const QString& key, const QString& value)
    : EditCommand(document,
                  QCoreApplication::translate("ropa::session::ChangeCatalogueEntryCommand", "Change %1 of %2 '%3'")
                      .arg(Catalogue::fieldName(kind, key).toLower(), Catalogue::singular(kind),
                           Catalogue::name(document.reg(), kind, row).simplified()),
                  {RegisterChange::UpdateEntry{changed(document.reg(), kind, row, key, value)}},
                  AuditAction::record(AuditAction::kChangeEntry,
                                      {{QStringLiteral("kind"), Catalogue::kindKey(kind)},
                                       {QStringLiteral("id"), Catalogue::id(document.reg(), kind, row)},
                                       {QStringLiteral("name"), Catalogue::name(document.reg(), kind, row)},
                                       {QStringLiteral("field"), key}}))
{ }

} // namespace ropa::session
