#pragma once

#include <QString>

namespace youfu::core {

class CliContext;

// One function per youfuctl command; the table in youfuctl.cpp names them.
int cmdInit(CliContext& ctx);
int cmdUserAdd(CliContext& ctx);
int cmdAuditVerify(CliContext& ctx);
int cmdBackup(CliContext& ctx);
int cmdRestore(CliContext& ctx);
int cmdDemo(CliContext& ctx);
int cmdPersonFind(CliContext& ctx);
int cmdPasswd(CliContext& ctx);
int cmdExport(CliContext& ctx);
int cmdImport(CliContext& ctx);
int cmdVisitDue(CliContext& ctx);
int cmdPetitionOverdue(CliContext& ctx);
int cmdPetitionDue(CliContext& ctx);
int cmdPaymentRoll(CliContext& ctx);
int cmdPaymentSubmit(CliContext& ctx);
int cmdPaymentApprove(CliContext& ctx);
int cmdPaymentReturn(CliContext& ctx);
int cmdPaymentBankFile(CliContext& ctx);
int cmdPaymentBankReturn(CliContext& ctx);
int cmdPaymentReissue(CliContext& ctx);
int cmdPaymentRolls(CliContext& ctx);
int cmdDisclosure(CliContext& ctx);
int cmdZeroReportMissing(CliContext& ctx);
int cmdZeroReportImport(CliContext& ctx);
int cmdAppraisalCompute(CliContext& ctx);
int cmdAppraisalReport(CliContext& ctx);
int cmdStatistics(CliContext& ctx);

} // namespace youfu::core
