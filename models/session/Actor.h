#pragma once

#include <QString>

namespace ropa::session {

// Who is making changes, as the audit log names them: the account the program runs under.
class Actor
{
public:
    static QString current();
};

} // namespace ropa::session
