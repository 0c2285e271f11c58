#pragma once

#include "session/EditCommand.h"

namespace ropa::session {

// Moves an activity to another place in the display order.
class MoveActivityCommand : public EditCommand
{
public:
    MoveActivityCommand(RegisterDocument& document, qsizetype from, qsizetype to);
};

} // namespace ropa::session
