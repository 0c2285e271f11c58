#pragma once

#include <QString>
#include <optional>

namespace ropa {

// The role a recipient plays; NotRecorded where the organisation has not said.
enum class RecipientKind { NotRecorded, Processor, Controller, JointController, PublicAuthority, Internal };

QString recipientKindKey(RecipientKind kind);
std::optional<RecipientKind> recipientKindFromKey(QStringView key);
QString recipientKindKeyList();
// "Processor", "Joint controller", ...; "Not recorded" for NotRecorded.
QString recipientKindName(RecipientKind kind);

// Someone personal data is disclosed to (Art. 30(1)(d)).
struct Recipient
{
    QString id;
    QString name;
    RecipientKind kind = RecipientKind::NotRecorded;
    QString country; // ISO 3166 alpha-2, empty when not recorded
    QString purpose;
    QString contract; // processors: where the Art. 28 contract is (a link or a reference)

    bool operator==(const Recipient&) const = default;
};

} // namespace ropa
