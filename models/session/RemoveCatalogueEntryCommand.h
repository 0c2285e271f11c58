#pragma once

#include "session/EditCommand.h"

namespace ropa::session {

// Deletes a catalogue entry and, with it, every activity's reference to it; undo brings both back.
class RemoveCatalogueEntryCommand : public EditCommand
{
public:
    RemoveCatalogueEntryCommand(RegisterDocument& document, Catalogue::Kind kind, qsizetype row);
};

} // namespace ropa::session
