#pragma once

#include "app/session.h"
#include "appraisal/appraisal.h"
#include "widgets/registerpanel.h"

#include <QList>

class QLabel;
class QPushButton;
class QTableView;

namespace youfu::ui {

class RecordTableModel;

// The 年终考核 page's tab for the appraisal schemes (objectName "appraisalSchemes"): every
// scheme (year, kind, title, basis document, status, who drafted and approved it and when) and
// the chosen one's thresholds, veto switches and indicators (weight in points, target as a rate
// or a count, period in days). The section chief drafts a new scheme from the default catalogue,
// edits a draft and copies a scheme to the next year; the director approves a draft, which
// freezes it. Readers see the schemes and no write button.
class SchemesPanel : public RegisterPanel
{
    Q_OBJECT
public:
    explicit SchemesPanel(Session& session, QWidget* parent = nullptr);
    void reload() override;

    RecordTableModel* schemeModel() const { return m_schemes; }
    RecordTableModel* indicatorModel() const { return m_indicators; }
    QTableView* schemeTable() const { return m_schemeTable; }
    // Chooses the scheme's row; false when it is not listed.
    bool selectScheme(qint64 id);
    // The chosen scheme (id 0 when none).
    core::AppraisalScheme current() const;

    // The buttons' work (each asks what it needs in a dialog).
    void newScheme();
    void editScheme();
    void approveScheme();
    void copyToNextYear();

private:
    void showCurrent();
    QString userName(qint64 id) const;

    Session& m_session;
    bool m_canManage = false;
    bool m_canApprove = false;
    QList<core::AppraisalScheme> m_list;
    RecordTableModel* m_schemes = nullptr;
    RecordTableModel* m_indicators = nullptr;
    QTableView* m_schemeTable = nullptr;
    QTableView* m_indicatorTable = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
