#pragma once

#include "session/EditCommand.h"

namespace ropa::session {

// Adds an activity at a place in the display order.
class AddActivityCommand : public EditCommand
{
public:
    AddActivityCommand(RegisterDocument& document, qsizetype index, const Activity& activity);
};

} // namespace ropa::session
