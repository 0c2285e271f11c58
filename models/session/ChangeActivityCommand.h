#pragma once

#include "session/EditCommand.h"

namespace ropa::session {

// Gives the activity at a place new field values; the caller names the change for the Edit menu.
class ChangeActivityCommand : public EditCommand
{
public:
    ChangeActivityCommand(RegisterDocument& document, qsizetype index, const Activity& changed, const QString& text);
};

} // namespace ropa::session
