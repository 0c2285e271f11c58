#include "formats/InputLimits.h"

#include <QCoreApplication>
#include <QLocale>

namespace ropa::formats {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::formats::InputLimits)
};

} // namespace

QString InputLimits::number(qint64 value)
{
    // The messages are British English whatever the machine's locale, so their numbers are too.
    return QLocale(QLocale::English, QLocale::UnitedKingdom).toString(value);
}

QString InputLimits::tooLong(qsizetype length, qsizetype limit)
{
    return Text::tr("is %1 characters long; at most %2 are allowed.").arg(number(length), number(limit));
}

QString InputLimits::tooMany(qsizetype count, qsizetype limit)
{
    return Text::tr("has %1 entries; at most %2 are allowed.").arg(number(count), number(limit));
}

} // namespace ropa::formats
