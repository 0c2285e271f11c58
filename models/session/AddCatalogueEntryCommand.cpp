#include "session/AddCatalogueEntryCommand.h"

#include "session/AuditAction.h"

#include <QCoreApplication>

namespace ropa::session {

namespace {
QString textFor(const CatalogueEntry& entry, bool copied)
{
    const char* text = copied ? QT_TRANSLATE_NOOP("ropa::session::AddCatalogueEntryCommand", "Duplicate %1 '%2'")
                              : QT_TRANSLATE_NOOP("ropa::session::AddCatalogueEntryCommand", "Add %1 '%2'");
    return QCoreApplication::translate("ropa::session::AddCatalogueEntryCommand", text)
        .arg(Catalogue::singular(Catalogue::kindOf(entry)), Catalogue::nameOf(entry).simplified());
}
} // namespace

AddCatalogueEntryCommand::AddCatalogueEntryCommand(RegisterDocument& document, const CatalogueEntry& entry,
                                                   qsizetype row, bool copied)
    : EditCommand(document, textFor(entry, copied), {RegisterChange::InsertEntry{entry, row}},
                  AuditAction::record(AuditAction::kAddEntry,
                                      {{QStringLiteral("kind"), Catalogue::kindKey(Catalogue::kindOf(entry))},
                                       {QStringLiteral("id"), Catalogue::idOf(entry)},
                                       {QStringLiteral("name"), Catalogue::nameOf(entry)}}))
{ }

} // namespace ropa::session
