#pragma once

#include "domain/Register.h"
#include "session/RegisterDocument.h"

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace ropa::test {

inline constexpr const char* kPassphrase = "correct horse battery staple";

// A file in tests/data.
QString dataPath(const QString& name);
// A file in ../shared/domain beside the checkout, or an empty string where that folder is absent.
QString sharedDomainPath(const QString& name);

QByteArray readBytes(const QString& path);
// Writes bytes to a new file at path; fails the calling test where it cannot.
void writeBytes(const QString& path, const QByteArray& bytes);
QByteArray sha256OfFile(const QString& path);

// A register in which every field of every entity holds a value.
Register fullRegister();
// A register whose every text field holds marker followed by a running number.
Register canaryRegister(const QString& marker);
// Writes reg into a new encrypted register at path with kPassphrase; false (with a test failure) if it cannot.
bool writeRegisterFile(const QString& path, const Register& reg);
// Writes the KJM demo register into a new file at path and opens it; null (with a test failure) if it cannot.
std::unique_ptr<session::RegisterDocument> openDemoDocument(const QString& path);
// Points QSettings at a new temporary folder so a test never reads or writes the user's settings; the folder lives
// as long as the returned object.
std::unique_ptr<QTemporaryDir> useTemporarySettings();

// A register with n activities of an ordinary shape: 5-8 data categories, 3-5 recipients, 2-4 sources and 1-3
// sentences of description each, drawn from catalogues of a few dozen entries; the same register every time.
Register syntheticRegister(int activityCount);

} // namespace ropa::test
