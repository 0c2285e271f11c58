#pragma once

#include "session/EditCommand.h"

namespace ropa::session {

// Adds a catalogue entry (a recipient, a source, ...) at a row of its catalogue; copied names a duplicate.
class AddCatalogueEntryCommand : public EditCommand
{
public:
    AddCatalogueEntryCommand(RegisterDocument& document, const CatalogueEntry& entry, qsizetype row, bool copied);
};

} // namespace ropa::session
