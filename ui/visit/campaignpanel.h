#pragma once

#include "app/session.h"
#include "report/documentrenderer.h"
#include "visit/campaign.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace youfu::ui {

// 节日慰问: the campaigns (八一 / 春节) and the list of the one chosen. The clerk drafts a campaign
// and submits it; the section chief, the inspector and the director sign it in turn (their
// opinion in the box); once approved the list is frozen and deliveries are recorded line by
// line. Prints the signature roster per township, exports the list. A tab of the 走访慰问 page.
class CampaignPanel : public QWidget
{
    Q_OBJECT
public:
    explicit CampaignPanel(Session& session, QWidget* parent = nullptr);

    void refresh();
    bool selectCampaign(qint64 id);
    qint64 currentCampaignId() const;
    // The roster of the chosen campaign, every township (what “Print roster” previews).
    core::PagePainter rosterPainter() const;

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void showLines();
    void updateButtons();
    void newCampaign();
    void remake();
    void submit();
    void sign(core::StepDecision decision);
    void recordDelivery(core::Delivery delivery);
    void printRoster();
    void exportList();
    bool report(const core::Status& status, const QString& done);
    qint64 currentLineId() const;

    Session& m_session;
    QList<core::Campaign> m_list;
    QTableWidget* m_campaigns = nullptr;
    QTableWidget* m_lines = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QLineEdit* m_opinion = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_remake = nullptr;
    QPushButton* m_submit = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_return = nullptr;
    QPushButton* m_reject = nullptr;
    QPushButton* m_delivered = nullptr;
    QPushButton* m_notDelivered = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_export = nullptr;
};

} // namespace youfu::ui
