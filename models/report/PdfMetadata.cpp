#include "report/PdfMetadata.h"

namespace ropa::report {

namespace {

QByteArray xmlEscaped(const QString& text)
{
    return text.toHtmlEscaped().toUtf8();
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

QByteArray PdfMetadata::infoDate() const
{
    return "D:" + created.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1() + 'Z';
}

} // namespace ropa::report
