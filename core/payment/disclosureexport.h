#pragma once

#include "common/result.h"
#include "payment/payment.h"
#include "report/officialdocument.h"
#include "security/actor.h"

#include <QList>
#include <QString>

namespace youfu::core {

class Database;

enum class DisclosureFormat
{
    Pdf,  // A4 landscape for the notice board (GB/T 9704 fonts)
    Xlsx, // for the townships
    Html  // a plain page for the government website (no scripts, no external links)
};

// Public disclosure (公示) of a month's recipients: title (武冈市2026年12月优抚对象抚恤补助
// 公示), the table (序号, 乡镇, 村（社区）, 姓名, 身份证号, 类别, 金额（元）), per township a
// subtotal and the total, the disclosure period, the supervision phone and the issuing office
// with the date. Never phone, bank account or address; the ID masked or omitted, the name
// masked when asked (PaymentRules). One audit entry (payment.disclosure: month, format,
// rows, the file's SHA-256) in the transaction that puts the file in place (0600).
class DisclosureExport
{
public:
    // The HTML of the page (also the body of the PDF): the only place the layout lives.
    static QString html(const QList<DisclosureRow>& rows, const DisclosureOptions& options,
                        const QString& countyName, bool forPrint);

    // Reads the rows (PaymentListStore::disclosureRows), checks the options
    // (PaymentRules::checkDisclosure), writes the file. Needs Permission::ManagePayments.
    static Result<int> write(Database& db, const Actor& actor, const DisclosureOptions& options,
                             DisclosureFormat format, const QString& path);

    // The same layout as a paper for DocumentRenderer (A4 landscape; print and preview).
    static OfficialDocument document(const QList<DisclosureRow>& rows,
                                     const DisclosureOptions& options, const QString& countyName);
    // Writes `rows` as `write` does (permission, options, audit with SHA-256, 0600): `write`
    // after reading them. Returns the number of recipients.
    static Result<int> writeRows(Database& db, const Actor& actor, const QList<DisclosureRow>& rows,
                                 const DisclosureOptions& options, DisclosureFormat format,
                                 const QString& path);
    // .pdf, .xlsx or .html (.htm) by the file's name.
    static Result<DisclosureFormat> formatForPath(const QString& path);
};

} // namespace youfu::core
