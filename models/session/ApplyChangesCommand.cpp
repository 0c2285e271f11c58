#include "session/ApplyChangesCommand.h"

namespace ropa::session {

ApplyChangesCommand::ApplyChangesCommand(RegisterDocument& document, const QString& text, QList<RegisterChange> changes,
                                         store::AuditRecord audit)
    : EditCommand(document, text, std::move(changes), std::move(audit))
{ }

} // namespace ropa::session
