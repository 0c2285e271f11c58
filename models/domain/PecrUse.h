#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace ropa {

// The uses the Privacy and Electronic Communications Regulations 2003 govern beside UK GDPR: marketing by email,
// text or phone to individuals (reg. 22: consent, or the soft opt-in for existing customers) and cookies or similar
// technologies that are not strictly necessary, analytics included (reg. 6: consent).
enum class PecrUse { ElectronicMarketing, NonEssentialCookies };

QList<PecrUse> allPecrUses();
QString pecrUseKey(PecrUse use);
std::optional<PecrUse> pecrUseFromKey(QStringView key);
QString pecrUseKeyList();
QString pecrUseName(PecrUse use);
// In the order of the enum without repeats.
QList<PecrUse> normalisedPecrUses(QList<PecrUse> uses);

} // namespace ropa
