#pragma once

#include "session/EditCommand.h"

namespace ropa::session {

// Sets one field of a catalogue entry.
class ChangeCatalogueEntryCommand : public EditCommand
{
public:
    ChangeCatalogueEntryCommand(RegisterDocument& document, Catalogue::Kind kind, qsizetype row, const QString& key,
                                const QString& value);
};

} // namespace ropa::session
