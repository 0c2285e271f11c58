#pragma once

#include "core/Result.h"
#include "domain/Register.h"
#include "domain/RegisterIndex.h"
#include "report/DocumentInfo.h"
#include "report/NoticeGaps.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace ropa::report {

class PdfComposer;

// A privacy notice generated from the register, in the shape of a typical UK notice, carrying every item of
// Articles 13 and 14: who we are, what we collect, where it comes from, how we use it (the asterisk list and its
// legend, the laws and the legitimate interests), what happens if you do not give it, automated decisions, marketing
// and cookies, who we share it with and where abroad, how long we keep it, your rights by lawful basis, how to
// complain to the ICO, and the notice's version and date. Where the register lacks an item the notice says
// "Not recorded" there, and gaps() names each such place.
class PrivacyNotice
{
public:
    PrivacyNotice(const Register& reg, const DocumentInfo& info);

    // The three forms carry the same parts.
    QString text() const;
    QByteArray html() const;
    Result<QByteArray> pdf() const;
    // The PDF's pages laid out, ready to render or to paint on a printer.
    std::unique_ptr<PdfComposer> compose() const;

    // The sentence that says what each marker means, e.g. "...contract with you*, ... legal obligations**, ...".
    QString legendSentence() const;
    QString title() const;
    const NoticeGaps& gaps() const { return m_gaps; }

private:
    // A paragraph, then the bullets that follow it (either may be empty).
    struct Block
    {
        QString paragraph;
        QStringList bullets;
    };
    struct Part
    {
        QString heading;
        QList<Block> blocks;
    };

    QList<Part> parts() const;
    QString bodyHtml() const;

    Part whoWeAre() const;
    Part whatWeCollect() const;
    Part sources() const;
    Part howWeUse() const;
    Part ifNotGiven() const;
    Part automatedDecisions() const;
    Part marketing() const;
    Part cookies() const;
    Part sharing() const;
    Part transfers() const;
    Part retention() const;
    Part rights() const;
    Part complaints() const;
    Part version() const;
    // "by email at x or by telephone on y", optionally "or by post at z"; empty where the register has none.
    QString contactRoutes(bool withPost) const;

    const Register& m_register;
    DocumentInfo m_info;
    RegisterIndex m_index;
    NoticeGaps m_gaps;
};

} // namespace ropa::report
