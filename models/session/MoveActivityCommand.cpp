#include "session/MoveActivityCommand.h"

#include "session/AuditAction.h"
#include "session/RegisterDocument.h"

#include <QCoreApplication>

namespace ropa::session {

namespace {
store::AuditRecord auditOf(const Activity& a, qsizetype from, qsizetype to)
{
    return AuditAction::record(AuditAction::kMoveActivity,
                               {{QStringLiteral("id"), a.id},
                                {QStringLiteral("purpose"), a.purpose},
                                {QStringLiteral("from"), qint64{from + 1}},
                                {QStringLiteral("to"), qint64{to + 1}}});
}
} // namespace

MoveActivityCommand::MoveActivityCommand(RegisterDocument& document, qsizetype from, qsizetype to)
    : EditCommand(document,
                  QCoreApplication::translate("ropa::session::MoveActivityCommand", "Move activity '%1'")
                      .arg(document.reg().activities.at(from).purpose.simplified()),
                  {RegisterChange::MoveActivity{document.reg().activities.at(from).id, to}},
                  auditOf(document.reg().activities.at(from), from, to))
{ }

} // namespace ropa::session
