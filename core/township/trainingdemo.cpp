#include "township/trainingdemo.h"

#include "archive/scanstore.h"
#include "db/database.h"
#include "petition/warningstore.h"
#include "registry/areastore.h"
#include "township/trainingrules.h"
#include "township/trainingstore.h"

#include <QImage>
#include <QTemporaryDir>

#include <iterator>

namespace youfu::core {

namespace {
const char* const kCareNames[] = {"周红梅", "李国平", "陈晓燕", "王德胜", "刘美华", "张志勇",
                                  "杨秋菊", "黄建新", "赵丽君", "吴长春", "孙海燕", "朱正华",
                                  "胡春兰", "郭卫民", "何桂芝", "高建军", "林雪梅", "罗志远",
                                  "梁小红", "宋德华", "谢明辉", "韩玉梅", "唐振东", "冯丽萍"};

QDate within(const QDate& first, const QDate& today, int permille)
{
    return first.addDays(first.daysTo(today) * permille / 1000);
}

TrainingSession sessionOf(const QDate& on, TrainingKind kind, const char* topic,
                          const char* trainer, int minutes, const char* place)
{
    TrainingSession s;
    s.heldOn = on;
    s.kind = kind;
    s.topic = QString::fromUtf8(topic);
    s.trainer = QString::fromUtf8(trainer);
    s.minutes = minutes;
    s.place = QString::fromUtf8(place);
    return s;
}

TrainingAttendee asWorker(const InfoStaff& s)
{
    TrainingAttendee a;
    a.staffId = s.id;
    a.name = s.name;
    return a;
}
} // namespace

Result<TrainingDemoCounts> TrainingDemo::generate(Database& db, const Actor& clerk,
                                                  const Actor& chief)
{
    TrainingDemoCounts counts;
    const QDate today = db.clock().today();
    WarningStore staffStore(db);
    const QList<Township> townships = AreaStore(db).townships();
    for (int k = 0; k < townships.size(); ++k) {
        InfoStaff w;
        w.duty = StaffDuty::Care;
        w.townshipCode = townships.at(k).code;
        w.name = QString::fromUtf8(kCareNames[k % int(std::size(kCareNames))]);
        w.phone = QStringLiteral("1397395%1").arg(1000 + k * 53, 4, 10, QLatin1Char('0'));
        w.since = today.addDays(-900 + k * 17);
        w.note = QString::fromUtf8("%1民政办优抚专干").arg(townships.at(k).name);
        if (auto r = staffStore.saveStaff(clerk, w); !r)
            return r.status();
        ++counts.careWorkers;
    }
    auto serving = staffStore.staff(QString(), true);
    if (!serving)
        return serving.status();

    TrainingStore store(db);
    const QDate first(today.year(), 1, 1);
    auto add = [&](const TrainingSession& s) -> Result<qint64> {
        auto id = store.saveSession(clerk, s);
        if (id)
            ++counts.sessions;
        return id;
    };

    // The annual township training: every serving worker asked, two did not come.
    auto annual = add(sessionOf(within(first, today, 250), TrainingKind::AnnualTownship,
                                "优抚政策与业务规范年度培训", "王建华（优抚科科长）", 360,
                                "市民政局三楼会议室"));
    if (!annual)
        return annual.status();
    QList<TrainingAttendee> workers;
    for (const InfoStaff& s : serving.value())
        workers << asWorker(s);
    if (Status s = store.setAttendees(clerk, annual.value(), workers); !s)
        return s;
    auto invited = store.attendees(annual.value());
    if (!invited)
        return invited.status();
    QSet<qint64> came;
    for (int i = 0; i < invited->size(); ++i) {
        if (i != 2 && i != invited->size() - 2) // two stayed away
            came.insert(invited->at(i).id);
    }
    if (Status s = store.recordAttendance(clerk, annual.value(), came); !s)
        return s;
    counts.missing = int(invited->size()) - int(came.size());

    // Two monthly studies of the section: the bureau's staff.
    auto bureau = store.bureauStaff();
    if (!bureau)
        return bureau.status();
    const char* const studies[] = {"学习《军人抚恤优待条例》修订内容", "学习优抚对象医疗保障政策"};
    for (int k = 0; k < 2; ++k) {
        auto id = add(sessionOf(within(first, today, 450 + k * 300), TrainingKind::MonthlyStudy,
                                studies[k], "王建华", 120, "优抚科办公室"));
        if (!id)
            return id.status();
        if (Status s = store.setAttendees(chief, id.value(), bureau.value()); !s)
            return s;
        auto list = store.attendees(id.value());
        if (!list)
            return list.status();
        QSet<qint64> all;
        for (const TrainingAttendee& a : list.value())
            all.insert(a.id);
        if (Status s = store.recordAttendance(chief, id.value(), all); !s)
            return s;
    }

    // An experience exchange of the 专干, planned two weeks ahead when the year allows.
    const QDate exchangeDay =
        today.addDays(14).year() == today.year() ? today.addDays(14) : within(first, today, 900);
    auto exchange = add(sessionOf(exchangeDay, TrainingKind::Exchange, "乡镇优抚工作经验交流会",
                                  "各乡镇优抚专干", 180, "市民政局一楼大会议室"));
    if (!exchange)
        return exchange.status();
    QList<TrainingAttendee> care;
    for (const InfoStaff& s : serving.value())
        if (s.duty == StaffDuty::Care)
            care << asWorker(s);
    if (Status s = store.setAttendees(clerk, exchange.value(), care); !s)
        return s;
    if (exchangeDay <= today) {
        auto list = store.attendees(exchange.value());
        if (!list)
            return list.status();
        QSet<qint64> all;
        for (const TrainingAttendee& a : list.value())
            all.insert(a.id);
        if (Status s = store.recordAttendance(clerk, exchange.value(), all); !s)
            return s;
    }

    // The annual training's slides, when there is a file to keep them beside.
    if (!ScanStore::rootFor(db).isEmpty()) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("slides.png"));
        QImage page(620, 440, QImage::Format_RGB32);
        page.fill(QColor(0xf4, 0xf1, 0xe8));
        for (int y = 60; y < 420; y += 40)
            for (int x = 40; x < 580; ++x)
                page.setPixel(x, y, qRgb(0x9a, 0x2b, 0x2b));
        if (!dir.isValid() || !page.save(path, "PNG"))
            return Result<TrainingDemoCounts>::failure(
                QStringLiteral("The demo material cannot be written."));
        auto ord =
            store.attachMaterial(clerk, annual.value(), QString::fromUtf8("年度培训课件"), path);
        if (!ord)
            return ord.status();
        ++counts.materials;
    }
    return counts;
}

} // namespace youfu::core
