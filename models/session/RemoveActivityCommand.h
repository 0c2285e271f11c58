#pragma once

#include "session/EditCommand.h"

namespace ropa::session {

// Deletes the activity at a place in the display order.
class RemoveActivityCommand : public EditCommand
{
public:
    RemoveActivityCommand(RegisterDocument& document, qsizetype index);
};

} // namespace ropa::session
