#pragma once

#include "archive/archiveentry.h"
#include "archive/archivefile.h"
#include "common/result.h"
#include "report/documentrenderer.h"
#include "report/officialdocument.h"

#include <QDate>
#include <QList>
#include <QString>

namespace youfu::core {

// What the cover (档案封面) and the list of documents (卷内目录) print.
struct ArchivePaperData
{
    QString officeName;    // 武冈市民政局 (立档单位)
    QString archiveNumber; // 档号
    QString personName;
    QString sex;           // 男 / 女
    QString citizenId;     // full or masked, as the caller may show it
    QString birthDate;     // 1950年3月1日
    QString categories;    // 残疾军人(三级)
    QString township;
    QString address;
    ArchiveData location;  // 柜/盒/卷, 保管人
    QDate openedOn;        // 立卷日期
    QList<ArchiveDocument> documents; // verified, current entries, in filing order
    QDate printedOn;
};

// The archive's papers, on A4 like the papers of an archive room.
namespace ArchivePapers {

// The cover: 档号 at the top right, "优抚对象档案" large, the particulars on ruled lines,
// the custody (存放位置、保管期限 永久) and the office at the bottom.
Status paintCover(const ArchivePaperData& data, QPagedPaintDevice* device);
PagePainter coverPainter(const ArchivePaperData& data);
// 卷内目录: 序号, 文件材料题名, 日期, 页数, 页号 (running page numbers), 备注.
OfficialDocument catalogue(const ArchivePaperData& data);
// The rows of the catalogue (tests check them without a PDF).
QList<QStringList> catalogueRows(const QList<ArchiveDocument>& documents);

} // namespace ArchivePapers

} // namespace youfu::core
