import type { RuleSentences, RuleWords, SentenceValues } from './rule-words';

const serviceLeft = (p: SentenceValues, w: RuleWords, purpose: string) =>
  `Tính đến ${w.date(p.asOf)}, cán bộ còn ${w.months(p.monthsLeft)} công tác trước khi nghỉ hưu ngày ` +
  `${w.date(p.retirementDate)}; ${purpose} cần ít nhất ${w.num(p.minMonths)} tháng.`;

const level = (label: string) => ({
  met: (p: SentenceValues, w: RuleWords, name: (v: SentenceValues[string]) => string) =>
    `${label}: cán bộ đạt ${name(p.actual)}, chức danh ${w.post(p.postCode)} yêu cầu tối thiểu ${name(p.required)}.`,
  unmet: (p: SentenceValues, w: RuleWords, name: (v: SentenceValues[string]) => string) =>
    `${label}: cán bộ mới có ${name(p.actual)}, chức danh ${w.post(p.postCode)} yêu cầu tối thiểu ${name(p.required)}.`,
});
const edu = level('Trình độ chuyên môn');
const pt = level('Lý luận chính trị');
const sm = level('Quản lý nhà nước');

const share = (what: string) => ({
  empty: (p: SentenceValues, w: RuleWords) =>
    `Danh sách quy hoạch chưa có ai, nên chưa đạt tỷ lệ ${what} tối thiểu ${w.num(p.minPercent)}%.`,
  counted: (p: SentenceValues, w: RuleWords) =>
    `${w.num(p.count)}/${w.num(p.total)} người trong quy hoạch là ${what} (${w.num(p.percent)}%); ` +
    `yêu cầu tối thiểu ${w.num(p.minPercent)}%.`,
});
const young = share('cán bộ trẻ');
const women = share('nữ');

const notice = (unit: string) => (p: SentenceValues, w: RuleWords) =>
  `Nhiệm kỳ kết thúc ngày ${w.date(p.termLast)}; quy trình bổ nhiệm lại phải bắt đầu trước ít nhất ` +
  `${w.num(p.amount)} ${unit}, tức chậm nhất ngày ${w.date(p.deadline)}; quy trình bắt đầu ngày ${w.date(p.startedOn)}.`;

/** Rule checks in Vietnamese, by their code. */
export const ruleSentencesVi: RuleSentences = {
  'active_status.active': () => 'Cán bộ đang công tác.',
  'active_status.inactive': (p, w) => `Cán bộ không còn công tác (${w.status(p.status)}).`,
  'appointment_age.enough': (p, w) => serviceLeft(p, w, 'bổ nhiệm'),
  'appointment_age.short': (p, w) => serviceLeft(p, w, 'bổ nhiệm'),
  'planning_age.enough': (p, w) => serviceLeft(p, w, 'đưa vào quy hoạch'),
  'planning_age.short': (p, w) => serviceLeft(p, w, 'đưa vào quy hoạch'),
  'service_left_for_rotation.enough': (p, w) => serviceLeft(p, w, 'luân chuyển'),
  'service_left_for_rotation.short': (p, w) => serviceLeft(p, w, 'luân chuyển'),
  'discipline_cooloff.none': (p, w) => `Không có kỷ luật nào đến ngày ${w.date(p.asOf)}.`,
  'discipline_cooloff.ended': (p, w) =>
    `Thời hạn ${w.num(p.months)} tháng sau hình thức ${w.form(p.form)} ngày ${w.date(p.decidedAt)} ` +
    `đã hết ngày ${w.date(p.endsOn)}, trước hoặc đúng ngày ${w.date(p.asOf)}.`,
  'discipline_cooloff.running': (p, w) =>
    `Thời hạn ${w.num(p.months)} tháng sau hình thức ${w.form(p.form)} ngày ${w.date(p.decidedAt)} ` +
    `còn đến ngày ${w.date(p.endsOn)}; trước ngày đó chưa bổ nhiệm chức vụ cao hơn.`,
  'discipline_cooloff.not_higher': (p, w) =>
    `Chức danh ${w.post(p.postCode)} không cao hơn ${w.post(p.heldPostCode)} đang giữ ngày ${w.date(p.asOf)}: ` +
    `không áp dụng thời hạn sau kỷ luật.`,
  'education_standard.met': (p, w) => edu.met(p, w, w.education),
  'education_standard.unmet': (p, w) => edu.unmet(p, w, w.education),
  'political_theory_standard.met': (p, w) => pt.met(p, w, w.politicalTheory),
  'political_theory_standard.unmet': (p, w) => pt.unmet(p, w, w.politicalTheory),
  'state_management_standard.met': (p, w) => sm.met(p, w, w.stateManagement),
  'state_management_standard.unmet': (p, w) => sm.unmet(p, w, w.stateManagement),
  'required_training.none_required': (p, w) =>
    `Chức danh ${w.post(p.postCode)} không yêu cầu khóa bồi dưỡng riêng.`,
  'required_training.completed': (p, w) =>
    `Cán bộ đã hoàn thành mọi khóa bồi dưỡng chức danh ${w.post(p.postCode)} yêu cầu (${w.list(p.courses)}).`,
  'required_training.missing': (p, w) =>
    `Cán bộ chưa hoàn thành ${w.list(p.courses)}, là yêu cầu của chức danh ${w.post(p.postCode)}.`,
  'party_membership.not_required': (p, w) => `Chức danh ${w.post(p.postCode)} không yêu cầu là đảng viên.`,
  'party_membership.member': (p, w) =>
    `Chức danh ${w.post(p.postCode)} yêu cầu là đảng viên; cán bộ là đảng viên.`,
  'party_membership.not_member': (p, w) =>
    `Chức danh ${w.post(p.postCode)} yêu cầu là đảng viên; cán bộ chưa là đảng viên.`,
  'non_local_head.not_required': (p, w) =>
    `Chức danh ${w.post(p.postCode)} không yêu cầu bố trí người không phải địa phương.`,
  'non_local_head.other_locality': (p, w) =>
    `Chức danh ${w.post(p.postCode)} không bố trí người quê ở ${w.locality(p.unitLocality)}; ` +
    `cán bộ quê ở ${w.locality(p.hometownLocality)}, địa phương khác.`,
  'non_local_head.same_locality': (p, w) =>
    `Chức danh ${w.post(p.postCode)} không bố trí người quê ở ${w.locality(p.unitLocality)}; ` +
    `cán bộ quê ở ${w.locality(p.hometownLocality)}, cùng địa phương.`,
  'consecutive_head_terms.not_head': (p, w) => `Chức danh ${w.post(p.postCode)} không phải người đứng đầu.`,
  'consecutive_head_terms.first_term': (p, w) =>
    `Cán bộ chưa giữ chức vụ đứng đầu liên tục ở ${w.unit(p.unitCode)}; đây sẽ là nhiệm kỳ thứ 1, ` +
    `tối đa ${w.num(p.max)}.`,
  'consecutive_head_terms.within': (p, w) =>
    `Cán bộ giữ chức vụ đứng đầu ở ${w.unit(p.unitCode)} liên tục từ ngày ${w.date(p.since)} ` +
    `(${w.months(p.months)}, tính là ${w.num(p.terms)} nhiệm kỳ ${w.num(p.termYears)} năm); thêm một nhiệm kỳ ` +
    `là ${w.num(p.next)}, tối đa ${w.num(p.max)}.`,
  'consecutive_head_terms.over': (p, w) =>
    `Cán bộ giữ chức vụ đứng đầu ở ${w.unit(p.unitCode)} liên tục từ ngày ${w.date(p.since)} ` +
    `(${w.months(p.months)}, tính là ${w.num(p.terms)} nhiệm kỳ ${w.num(p.termYears)} năm); thêm một nhiệm kỳ ` +
    `là ${w.num(p.next)}, vượt quá ${w.num(p.max)}.`,
  'in_planning.this_post': (p, w) =>
    `Tính đến ${w.date(p.asOf)}, cán bộ có trong quy hoạch chức danh ${w.post(p.postCode)} ` +
    `(nhiệm kỳ ${String(p.term ?? '')}, từ ngày ${w.date(p.from)}).`,
  'in_planning.equivalent_post': (p, w) =>
    `Tính đến ${w.date(p.asOf)}, cán bộ có trong quy hoạch chức danh ${w.post(p.plannedPostCode)}, tương đương ` +
    `${w.post(p.postCode)} (cùng cấp và nhóm chức danh; nhiệm kỳ ${String(p.term ?? '')}, từ ngày ${w.date(p.from)}).`,
  'in_planning.not_planned': (p, w) =>
    `Tính đến ${w.date(p.asOf)}, cán bộ không có trong quy hoạch chức danh ${w.post(p.postCode)} hoặc chức danh tương đương.`,
  'in_planning.any_post': (p, w) =>
    `Tính đến ${w.date(p.asOf)}, cán bộ có trong quy hoạch chức danh ${w.posts(p.postCodes)}.`,
  'in_planning.no_planning': (p, w) =>
    `Tính đến ${w.date(p.asOf)}, cán bộ không có trong quy hoạch nào; luân chuyển dành cho cán bộ trong quy hoạch.`,
  'planned_posts_limit.within': (p, w) =>
    `Cán bộ đang trong quy hoạch ${w.num(p.already)} chức danh ${w.level(p.level).toLowerCase()} ngày ${w.date(p.asOf)}; ` +
    `thêm ${w.post(p.postCode)} là ${w.num(p.total)}, tối đa ${w.num(p.max)}.`,
  'planned_posts_limit.over': (p, w) =>
    `Cán bộ đang trong quy hoạch ${w.num(p.already)} chức danh ${w.level(p.level).toLowerCase()} ngày ${w.date(p.asOf)}; ` +
    `thêm ${w.post(p.postCode)} là ${w.num(p.total)}, vượt quá ${w.num(p.max)}.`,
  'planned_post_higher.unranked': (p, w) =>
    `Chức danh ${w.post(p.postCode)} không xếp bậc; không so sánh với ${w.post(p.heldPostCode)}.`,
  'planned_post_higher.holds_none': (p, w) =>
    `Ngày ${w.date(p.asOf)} cán bộ không giữ chức danh có xếp bậc, nên được quy hoạch chức danh bất kỳ.`,
  'planned_post_higher.higher': (p, w) =>
    `Chức danh ${w.post(p.postCode)} cao hơn ${w.post(p.heldPostCode)} đang giữ ngày ${w.date(p.asOf)}.`,
  'planned_post_higher.not_higher': (p, w) =>
    `Chức danh ${w.post(p.postCode)} không cao hơn ${w.post(p.heldPostCode)} đang giữ ngày ${w.date(p.asOf)}; ` +
    `chỉ quy hoạch chức danh cao hơn.`,
  'candidates_per_post.within': (p, w) =>
    `Chức danh ${w.post(p.postCode)} có ${w.num(p.candidates)} người trong quy hoạch; tối đa ${w.num(p.max)}.`,
  'candidates_per_post.over': (p, w) =>
    `Chức danh ${w.post(p.postCode)} có ${w.num(p.candidates)} người trong quy hoạch, vượt quá ${w.num(p.max)}.`,
  'planning_young_share.empty_pool': young.empty,
  'planning_young_share.met': young.counted,
  'planning_young_share.unmet': young.counted,
  'planning_women_share.empty_pool': women.empty,
  'planning_women_share.met': women.counted,
  'planning_women_share.unmet': women.counted,
  'planning_age_bands.met': (p, w) =>
    `Danh sách quy hoạch có ${w.num(p.bands)} độ tuổi (mỗi độ tuổi ${w.num(p.width)} năm: ${w.list(p.named)}); ` +
    `yêu cầu tối thiểu ${w.num(p.min)}.`,
  'planning_age_bands.unmet': (p, w) =>
    `Danh sách quy hoạch mới có ${w.num(p.bands)} độ tuổi (mỗi độ tuổi ${w.num(p.width)} năm` +
    `${Array.isArray(p.named) && p.named.length ? `: ${w.list(p.named)}` : ''}); yêu cầu tối thiểu ${w.num(p.min)}.`,
  'planning_confidence.out_of_planning': (p, w) =>
    `Lấy phiếu tín nhiệm ngày ${w.date(p.since)} (chức danh ${w.post(p.postCode)}): ${w.num(p.percent)}% ` +
    `tín nhiệm thấp, đưa ra khỏi quy hoạch.`,
  'planning_confidence.removal': (p, w) =>
    `Lấy phiếu tín nhiệm ngày ${w.date(p.since)} (chức danh ${w.post(p.postCode)}): ${w.num(p.percent)}% ` +
    `tín nhiệm thấp, đề nghị cho thôi giữ chức vụ và đưa ra khỏi quy hoạch.`,
  'planning_discipline.disciplined': (p, w) =>
    `Cán bộ bị ${w.form(p.form).toLowerCase()} ngày ${w.date(p.decidedAt)}, sau khi vào quy hoạch ngày ${w.date(p.since)}.`,
  'planning_discipline.none': (p, w) => `Không bị kỷ luật từ khi vào quy hoạch ngày ${w.date(p.since)}.`,
  'not_in_appointment.free': (p, w) =>
    `Cán bộ không đang được đề nghị bổ nhiệm chức danh ${w.post(p.postCode)}.`,
  'not_in_appointment.in_appointment': (p, w) =>
    `Cán bộ đang được đề nghị bổ nhiệm chức danh ${w.post(p.postCode)}; quy hoạch chức danh này chỉ thay đổi ` +
    `khi quy trình đó kết thúc.`,
  'holds_origin_post.holds': (p, w) => `Cán bộ đang giữ chức danh ${w.post(p.postCode)}.`,
  'holds_origin_post.not_held': (p, w) =>
    `Cán bộ không đang giữ chức danh ${w.post(p.postCode)}; luân chuyển đi từ chức danh đang giữ.`,
  'another_unit.other': (p, w) => `Từ ${w.unit(p.fromUnitCode)} đến ${w.unit(p.toUnitCode)}.`,
  'another_unit.same': (p, w) =>
    `Chức danh ${w.post(p.postCode)} thuộc chính đơn vị ${w.unit(p.fromUnitCode)} của cán bộ; luân chuyển phải sang đơn vị khác.`,
  'same_level.same': (p, w) => `Hai chức danh cùng ${w.level(p.level).toLowerCase()}.`,
  'same_level.different': (p, w) =>
    `Chức danh ${w.post(p.fromPostCode)} thuộc ${w.level(p.level).toLowerCase()}, chức danh ${w.post(p.toPostCode)} ` +
    `thuộc ${w.level(p.toLevel).toLowerCase()}; luân chuyển cùng cấp, trừ khi lãnh đạo quyết định khác.`,
  'rotation_length.enough': (p, w) =>
    `Thời gian luân chuyển ${w.num(p.months)} tháng; yêu cầu tối thiểu ${w.num(p.min)} tháng.`,
  'rotation_length.short': (p, w) =>
    `Thời gian luân chuyển ${w.num(p.months)} tháng, chưa đủ tối thiểu ${w.num(p.min)} tháng.`,
  'rotation_length.span_enough': (p, w) =>
    `Luân chuyển từ ngày ${w.date(p.firstDay)} đến hết ngày ${w.date(p.lastDay)}, ${w.num(p.months)} tháng tròn; ` +
    `yêu cầu tối thiểu ${w.num(p.min)} tháng.`,
  'rotation_length.span_short': (p, w) =>
    `Luân chuyển từ ngày ${w.date(p.firstDay)} đến hết ngày ${w.date(p.lastDay)}, ${w.num(p.months)} tháng tròn, ` +
    `chưa đủ tối thiểu ${w.num(p.min)} tháng.`,
  'destination_available.deactivated': (p, w) =>
    `Chức danh ${w.post(p.postCode)} đã ngừng sử dụng; luân chuyển không tạo thêm chức danh.`,
  'destination_available.vacant': (p, w) => `Chức danh ${w.post(p.postCode)} đang trống.`,
  'destination_available.seats': (p, w) =>
    `Chức danh ${w.post(p.postCode)} có nhiều vị trí; cán bộ nhận một vị trí.`,
  'destination_available.holder_leaving': (p, w) =>
    `Chức danh ${w.post(p.postCode)} do ${w.cadres(p.holders)} đảm nhiệm, người sẽ rời đi theo đợt luân chuyển khác.`,
  'destination_available.replaced': (p, w) =>
    `Chức danh ${w.post(p.postCode)} do ${w.cadres(p.holders)} đảm nhiệm; quyết định này chấm dứt việc đảm nhiệm đó.`,
  'destination_available.held': (p, w) =>
    `Chức danh ${w.post(p.postCode)} do ${w.cadres(p.holders)} đảm nhiệm và chỉ có một người; hãy chọn chức danh ` +
    `đang trống, hoặc ghi rõ quyết định này thay người đang đảm nhiệm.`,
  'reappointment_notice.in_time_calendar_days': notice('ngày'),
  'reappointment_notice.late_calendar_days': notice('ngày'),
  'reappointment_notice.in_time_working_days': notice('ngày làm việc'),
  'reappointment_notice.late_working_days': notice('ngày làm việc'),
};
