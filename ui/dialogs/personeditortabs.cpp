// The categories, status and history tabs of PersonEditor.
#include "dialogs/personeditor.h"

#include "audit/auditlog.h"
#include "audit/auditmask.h"
#include "common/isotime.h"
#include "dialogs/personcategorydialog.h"
#include "registry/personhistory.h"
#include "registry/personstore.h"
#include "registry/personsummarysheet.h"
#include "security/userstore.h"
#include "widgets/tablecolumns.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace youfu::ui {

namespace {
QTableWidget* makeTable(const QStringList& header, QWidget* parent, const char* name)
{
    auto* t = new QTableWidget(0, int(header.size()), parent);
    t->setObjectName(QLatin1String(name));
    t->setHorizontalHeaderLabels(header);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setTabKeyNavigation(false); // rows are chosen with the arrows; Tab goes on to the buttons
    t->verticalHeader()->hide();
    t->setAlternatingRowColors(true);
    return t;
}

QTableWidgetItem* cell(const QString& text)
{
    return new QTableWidgetItem(text);
}

void message(QLabel* l, const QString& text, bool error)
{
    l->setText(text);
    l->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #2e6b30;"));
}
} // namespace

QDate PersonEditor::birthDateForRules() const
{
    if (m_person.birthDate.isValid())
        return m_person.birthDate;
    return core::fromIsoDate(m_birthDate->text().trimmed());
}

QWidget* PersonEditor::buildCategories()
{
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    v->addWidget(
        new QLabel(tr("The categories the person holds now and held before. Ending a category "
                      "keeps it in the record."),
                   page));
    m_categories = makeTable({tr("Category"), tr("Grade, relation, service"), tr("From"),
                              tr("Until"), tr("Why it ended")},
                             page, "categoriesTable");
    fitColumns(m_categories, 1);
    v->addWidget(m_categories, 1);
    auto* buttons = new QHBoxLayout;
    m_addCategory = new QPushButton(tr("&Add category…"), page);
    m_addCategory->setObjectName(QStringLiteral("addCategory"));
    m_endCategory = new QPushButton(tr("&End category…"), page);
    m_endCategory->setObjectName(QStringLiteral("endCategory"));
    for (QPushButton* b : {m_addCategory, m_endCategory}) {
        b->setAutoDefault(false);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    v->addLayout(buttons);
    m_categoryMessage = new QLabel(page);
    m_categoryMessage->setObjectName(QStringLiteral("categoryResult"));
    m_categoryMessage->setWordWrap(true);
    v->addWidget(m_categoryMessage);
    connect(m_addCategory, &QPushButton::clicked, this, &PersonEditor::addCategory);
    connect(m_endCategory, &QPushButton::clicked, this, &PersonEditor::endCategory);
    connect(m_categories, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_categories->currentRow();
        const bool open = m_personId > 0 && row >= 0 && row < m_person.categories.size() &&
                          !m_person.categories.at(row).endDate.isValid();
        m_endCategory->setEnabled(open && canEdit());
    });
    return page;
}

void PersonEditor::showCategories()
{
    const QList<core::PersonCategory>& list =
        m_personId > 0 ? m_person.categories : m_pendingCategories;
    m_categories->setRowCount(int(list.size()));
    for (int i = 0; i < list.size(); ++i) {
        const core::PersonCategory& c = list.at(i);
        m_categories->setItem(i, 0, cell(c.categoryName));
        m_categories->setItem(i, 1, cell(core::PersonSummarySheet::details(c)));
        m_categories->setItem(i, 2, cell(core::toIsoDate(c.startDate)));
        m_categories->setItem(
            i, 3, cell(m_personId > 0 ? core::toIsoDate(c.endDate) : tr("(added on saving)")));
        m_categories->setItem(i, 4, cell(c.endReason));
        if (c.endDate.isValid())
            for (int col = 0; col < 5; ++col)
                m_categories->item(i, col)->setForeground(QColor(0x80, 0x80, 0x80));
    }
    m_addCategory->setEnabled(canEdit());
    m_endCategory->setEnabled(false);
    m_tabs->setTabText(1, list.isEmpty() ? tr("Ca&tegories")
                                         : tr("Ca&tegories (%1)").arg(list.size()));
}

void PersonEditor::addCategory()
{
    const QDate today = m_session.db->clock().today();
    PersonCategoryDialog dlg(m_categoryTypes, birthDateForRules(), today, this);
    if (dlg.exec() != QDialog::Accepted)
        return;
    const core::PersonCategory pc = dlg.value();
    if (m_personId == 0) {
        m_pendingCategories << pc;
        showCategories();
        message(m_categoryMessage,
                tr("“%1” will be added when the person is saved.").arg(pc.categoryName), false);
        return;
    }
    auto r = core::PersonStore(*m_session.db).addCategory(m_session.actor, m_personId, pc);
    if (!r) {
        message(m_categoryMessage, r.error(), true);
        return;
    }
    if (auto p = core::PersonStore(*m_session.db).byId(m_personId))
        m_person.categories = p->categories, m_person.categoriesSummary = p->categoriesSummary;
    showCategories();
    showHistory();
    message(m_categoryMessage, tr("“%1” added.").arg(pc.categoryName), false);
    Q_EMIT saved(m_personId);
}

void PersonEditor::endCategory()
{
    const int row = m_categories->currentRow();
    if (m_personId == 0 || row < 0 || row >= m_person.categories.size())
        return;
    const core::PersonCategory c = m_person.categories.at(row);
    QDate end;
    QString reason;
    if (!askCategoryEnd(this, c.categoryName, m_session.db->clock().today(), &end, &reason))
        return;
    const core::Status s =
        core::PersonStore(*m_session.db).endCategory(m_session.actor, c.id, end, reason);
    if (!s) {
        message(m_categoryMessage, s.error(), true);
        return;
    }
    if (auto p = core::PersonStore(*m_session.db).byId(m_personId))
        m_person.categories = p->categories, m_person.categoriesSummary = p->categoriesSummary;
    showCategories();
    showHistory();
    message(m_categoryMessage, tr("“%1” ended on %2.").arg(c.categoryName, core::toIsoDate(end)),
            false);
    Q_EMIT saved(m_personId);
}

QWidget* PersonEditor::buildStatus()
{
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    m_statusNow = new QLabel(page);
    m_statusNow->setObjectName(QStringLiteral("statusNow"));
    m_statusNow->setStyleSheet(QStringLiteral("font-size: 15px;"));
    v->addWidget(m_statusNow);
    auto* box = new QGroupBox(tr("Change the status"), page);
    auto* form = new QFormLayout(box);
    m_newStatus = new QComboBox(box);
    m_newStatus->setObjectName(QStringLiteral("newStatus"));
    for (core::PersonStatus s : core::allPersonStatuses())
        m_newStatus->addItem(core::personStatusTitle(s), int(s));
    m_statusSince = new QDateEdit(box);
    m_statusSince->setObjectName(QStringLiteral("statusSince"));
    m_statusSince->setCalendarPopup(true);
    m_statusSince->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_statusReason = new QLineEdit(box);
    m_statusReason->setObjectName(QStringLiteral("statusReason"));
    m_statusReason->setPlaceholderText(
        tr("e.g. died on …, certificate of the township; moved to …"));
    m_recordStatus = new QPushButton(tr("&Record the change"), box);
    m_recordStatus->setObjectName(QStringLiteral("recordStatus"));
    m_recordStatus->setAutoDefault(false);
    m_statusMessage = new QLabel(box);
    m_statusMessage->setObjectName(QStringLiteral("statusChangeMessage"));
    m_statusMessage->setWordWrap(true);
    form->addRow(tr("New status:"), m_newStatus);
    form->addRow(tr("Since:"), m_statusSince);
    form->addRow(tr("Reason:"), m_statusReason);
    form->addRow(QString(), m_recordStatus);
    form->addRow(QString(), m_statusMessage);
    v->addWidget(box);
    v->addWidget(new QLabel(tr("Status history:"), page));
    m_statusHistory = makeTable({tr("Status"), tr("Since"), tr("Reason"), tr("Recorded"), tr("By")},
                                page, "statusHistory");
    fitColumns(m_statusHistory, 2);
    v->addWidget(m_statusHistory, 1);
    connect(m_recordStatus, &QPushButton::clicked, this, &PersonEditor::recordStatus);
    return page;
}

void PersonEditor::showStatus()
{
    const bool isNew = m_personId == 0;
    m_statusNow->setText(
        isNew ? tr("A new person is registered as 在册 (active).")
              : tr("Now: <b>%1</b> since %2%3")
                    .arg(core::personStatusTitle(m_person.status),
                         core::toIsoDate(m_person.statusSince),
                         m_person.statusReason.isEmpty()
                             ? QString()
                             : QStringLiteral(" — ") +
                                   core::statusReasonText(m_person.statusReason).toHtmlEscaped()));
    const bool edit = canEdit() && !isNew;
    for (QWidget* w : std::initializer_list<QWidget*>{m_newStatus, m_statusSince, m_statusReason,
                                                      m_recordStatus})
        w->setEnabled(edit);
    m_statusSince->setDate(m_session.db->clock().today());
    m_statusSince->setMaximumDate(m_session.db->clock().today());
    m_statusReason->clear();
    m_statusMessage->clear();
    const auto read =
        isNew ? core::Result<QList<core::PersonStatusChange>>(QList<core::PersonStatusChange>())
              : core::PersonStore(*m_session.db).statusHistory(m_personId);
    if (!read)
        m_statusMessage->setText(read.error());
    const QList<core::PersonStatusChange> history =
        read ? read.value() : QList<core::PersonStatusChange>();
    m_statusHistory->setRowCount(int(history.size()));
    for (int i = 0; i < history.size(); ++i) {
        const core::PersonStatusChange& h = history.at(i);
        m_statusHistory->setItem(i, 0, cell(core::personStatusTitle(h.status)));
        m_statusHistory->setItem(i, 1, cell(core::toIsoDate(h.since)));
        m_statusHistory->setItem(i, 2, cell(core::statusReasonText(h.reason)));
        m_statusHistory->setItem(
            i, 3, cell(h.recordedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_statusHistory->setItem(i, 4, cell(h.recordedBy));
    }
}

void PersonEditor::recordStatus()
{
    if (m_personId == 0)
        return;
    const auto status = core::PersonStatus(m_newStatus->currentData().toInt());
    const core::Status s = core::PersonStore(*m_session.db)
                               .changeStatus(m_session.actor, m_personId, status,
                                             m_statusSince->date(), m_statusReason->text());
    if (!s) {
        message(m_statusMessage, s.error(), true); // the typed reason stays
        return;
    }
    if (auto p = core::PersonStore(*m_session.db).byId(m_personId)) {
        m_person.status = p->status;
        m_person.statusSince = p->statusSince;
        m_person.statusReason = p->statusReason;
    }
    showStatus();
    showHistory();
    message(m_statusMessage,
            tr("Recorded: %1 since %2.")
                .arg(core::personStatusTitle(status), core::toIsoDate(m_person.statusSince)),
            false);
    m_header->setText(tr("%1   %2   %3")
                          .arg(m_person.name, m_person.maskedCitizenId,
                               core::personStatusTitle(m_person.status)));
    Q_EMIT saved(m_personId);
}

QWidget* PersonEditor::buildHistory()
{
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    v->addWidget(
        new QLabel(tr("Every change to this person, from the audit log (newest first)."), page));
    m_history = new QTreeWidget(page);
    m_history->setObjectName(QStringLiteral("historyList"));
    m_history->setRootIsDecorated(false);
    m_history->setAlternatingRowColors(true);
    m_history->setWordWrap(true);
    m_history->setHeaderLabels({tr("When"), tr("Who"), tr("What")});
    fitColumns(m_history, 2);
    v->addWidget(m_history, 1);
    return page;
}

void PersonEditor::showHistory()
{
    m_history->clear();
    if (m_personId == 0) {
        m_tabs->setTabText(3, tr("&History"));
        return;
    }
    QHash<QString, QString> names;
    if (const auto users = core::UserStore(*m_session.db).all())
        for (const core::User& u : users.value())
            names.insert(u.login, u.displayName);
    QList<core::AuditEntry> entries =
        core::AuditLog(*m_session.db)
            .forEntity(QStringLiteral("person"), QString::number(m_personId));
    // Until the numbers are revealed, the history masks them as the fields do.
    if (!m_person.revealed) {
        for (core::AuditEntry& e : entries) {
            e.beforeJson = core::AuditMask::maskJson(e.beforeJson);
            e.afterJson = core::AuditMask::maskJson(e.afterJson);
        }
    }
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        const QString who = names.value(it->actorLogin, it->actorLogin);
        const QString what = core::PersonHistory::describe(*it);
        auto* item = new QTreeWidgetItem(
            m_history,
            {it->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), who, what});
        item->setToolTip(2, what);
    }
    if (entries.isEmpty()) {
        auto* item =
            new QTreeWidgetItem(m_history, {QString(), QString(),
                                            tr("No changes since the person came in with a bulk "
                                               "import (recorded once for the whole import).")});
        item->setForeground(2, QColor(0x5a, 0x6b, 0x82));
        item->setFlags(Qt::NoItemFlags);
    }
    m_tabs->setTabText(3, tr("&History (%1)").arg(entries.size()));
}

} // namespace youfu::ui
