#include "SecretText.h"

#include <QLineEdit>
#include <QStringEncoder>
#include <algorithm>

namespace ropa::ui {

SecureBytes SecretText::take(QLineEdit* edit)
{
    // This copy shares the field's buffer; once the field lets go of it, this is its only owner and may wipe it.
    QString text = edit->text();
    clear(edit);
    QStringEncoder encoder(QStringEncoder::Utf8);
    SecureBytes bytes(static_cast<std::size_t>(std::max<qsizetype>(1, encoder.requiredSpace(text.size()))));
    if (!bytes.isNull()) {
        char* begin = reinterpret_cast<char*>(bytes.data());
        char* end = encoder.appendToBuffer(begin, text);
        bytes.setSize(static_cast<std::size_t>(end - begin));
    }
    if (!text.isDetached()) {
        text.clear(); // still shared somewhere in Qt: writing would make a second copy, so let it go
        return bytes;
    }
    // Volatile, so the stores are not dropped as dead just before the buffer is freed.
    volatile char16_t* chars = reinterpret_cast<char16_t*>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i) {
        chars[i] = 0;
    }
    return bytes;
}

void SecretText::clear(QLineEdit* edit)
{
    edit->setText(QString());
}

} // namespace ropa::ui
