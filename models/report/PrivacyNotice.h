#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "report/DocumentInfo.h"

#include <QByteArray>
#include <QString>

namespace ropa::report {

// A privacy notice generated from the register, in the shape of a typical UK notice: who we are, what we
// collect, where it comes from, how we use it (the asterisk list and its legend), who we share it with, how
// long we keep it, your rights by lawful basis, and how to complain to the ICO.
class PrivacyNotice
{
public:
    explicit PrivacyNotice(const Register& reg);

    QString text() const;
    QByteArray html() const;
    QByteArray pdf(const DocumentInfo& info) const;

    // The sentence that says what each marker means, e.g. "...contract with you*, ... legal obligations**, ...".
    QString legendSentence() const;
    QString title() const;

private:
    struct Part
    {
        QString heading;
        QStringList paragraphs;
        QStringList bullets;
        QStringList after; // paragraphs after the bullets
    };

    QList<Part> parts() const;
    QString bodyHtml() const;

    const Register& m_register;
};

} // namespace ropa::report
