#include "session/Actor.h"

namespace ropa::session {

QString Actor::current()
{
    // USER on Linux and macOS, USERNAME on Windows.
    for (const char* variable : {"USER", "USERNAME"}) {
        const QString user = qEnvironmentVariable(variable).trimmed();
        if (!user.isEmpty()) {
            return user;
        }
    }
    return QStringLiteral("unknown");
}

} // namespace ropa::session
