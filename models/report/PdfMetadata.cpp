#include "report/PdfMetadata.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ropa::report {

namespace {

QByteArray xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
}

// A PDF text string in hex, UTF-16BE with a byte order mark: no escaping rules to get wrong.
QByteArray pdfString(const QString& text)
{
    QByteArray bytes("<FEFF");
    for (const QChar c : text) {
        bytes += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    }
    return bytes + '>';
}

Error malformed(const char* what)
{
    return Error{
        ErrorCode::Io,
        QCoreApplication::translate("ropa::report::PdfMetadata", "The PDF writer produced an unexpected file (%1).")
            .arg(QLatin1StringView(what))};
}

} // namespace

QByteArray PdfMetadata::xmp() const
{
    const QByteArray date = created.toUTC().toString(Qt::ISODate).toLatin1();
    QByteArray x;
    x += "<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>\n";
    x += "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n";
    x += "  <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n";
    x += "    <rdf:Description xmlns:dc=\"http://purl.org/dc/elements/1.1/\" rdf:about=\"\">\n";
    x += "      <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(title) +
        "</rdf:li></rdf:Alt></dc:title>\n";
    x += "      <dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    x += "      <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xmlEscaped(subject) +
        "</rdf:li></rdf:Alt></dc:description>\n";
    x += "    </rdf:Description>\n";
    x += "    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\" xmp:CreatorTool=\"" +
        xmlEscaped(creatorTool) + "\" xmp:CreateDate=\"" + date + "\" xmp:ModifyDate=\"" + date + "\"/>\n";
    x += "    <rdf:Description xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" rdf:about=\"\" pdf:Producer=\"" +
        xmlEscaped(producer) + "\"/>\n";
    x += "    <rdf:Description xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" rdf:about=\"\" pdfaid:part=\"1\" "
         "pdfaid:conformance=\"B\"/>\n";
    x += "  </rdf:RDF>\n</x:xmpmeta>\n<?xpacket end='w'?>";
    return x;
}

Result<QByteArray> PdfMetadata::patchInfo(const QByteArray& pdf) const
{
    static const QRegularExpression infoRef(QStringLiteral(R"(/Info (\d+) 0 R)"));
    const qsizetype trailer = pdf.lastIndexOf("trailer");
    const QRegularExpressionMatch ref = infoRef.match(QString::fromLatin1(pdf.mid(trailer)));
    if (trailer < 0 || !ref.hasMatch()) {
        return malformed("no Info dictionary");
    }
    const QByteArray objectStart = "\n" + ref.captured(1).toLatin1() + " 0 obj\n";
    qsizetype begin = pdf.indexOf(objectStart);
    if (begin < 0) {
        return malformed("Info object not found");
    }
    begin += objectStart.size();
    const qsizetype end = pdf.indexOf("endobj", begin);
    if (end < 0) {
        return malformed("Info object not closed");
    }
    const QByteArray date = "(D:" + created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + "Z)";
    const QByteArray info = "<<\n/Title " + pdfString(title) + "\n/Author " + pdfString(author) + "\n/Subject " +
        pdfString(subject) + "\n/Creator " + pdfString(creatorTool) + "\n/Producer " + pdfString(producer) +
        "\n/CreationDate " + date + "\n/ModDate " + date + "\n>>\n";
    const qsizetype delta = info.size() - (end - begin);
    QByteArray out = pdf.left(begin) + info + pdf.mid(end);

    // Objects after the Info dictionary moved by delta: fix their cross-reference entries and startxref.
    const qsizetype xref = out.lastIndexOf("\nxref\n");
    if (xref < 0) {
        return malformed("no cross-reference table");
    }
    qsizetype line = out.indexOf('\n', xref + 6) + 1; // past "0 N"
    while (line > 0 && line + 20 <= out.size() && (out.at(line + 17) == 'n' || out.at(line + 17) == 'f')) {
        const qint64 offset = out.mid(line, 10).toLongLong();
        if (out.at(line + 17) == 'n' && offset > begin) {
            out.replace(line, 10, QByteArray::number(offset + delta).rightJustified(10, '0'));
        }
        line += 20;
    }
    const qsizetype startxref = out.lastIndexOf("startxref\n");
    if (startxref < 0) {
        return malformed("no startxref");
    }
    const qsizetype numberStart = startxref + 10;
    const qsizetype numberEnd = out.indexOf('\n', numberStart);
    const qint64 xrefOffset = out.mid(numberStart, numberEnd - numberStart).trimmed().toLongLong();
    out.replace(numberStart, numberEnd - numberStart, QByteArray::number(xrefOffset + delta));
    return out;
}

} // namespace ropa::report
