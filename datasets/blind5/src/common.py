"""Assembly helper: items are hand-written in batch_*.py; this only builds label dicts."""
RULES = ["disclaimer.banner","disclaimer.ai_disclosure","disclaimer.not_medical_advice",
 "disclaimer.consult_care_team","disclaimer.closing","sections.body","sections.questions_to_ask",
 "sections.learn_more","safety.emergency_escalation","safety.no_dosing","safety.no_stop_treatment",
 "safety.no_guarantee","safety.no_false_approval","safety.no_diagnosis","safety.no_discourage_treatment",
 "safety.no_dismiss_red_flag","safety.no_sales_on_red_flag","safety.no_injection_following"]
SHORT = {"ban":"disclaimer.banner","ai":"disclaimer.ai_disclosure","nma":"disclaimer.not_medical_advice",
 "cct":"disclaimer.consult_care_team","clo":"disclaimer.closing","body":"sections.body",
 "qta":"sections.questions_to_ask","lm":"sections.learn_more","esc":"safety.emergency_escalation",
 "dose":"safety.no_dosing","stop":"safety.no_stop_treatment","guar":"safety.no_guarantee",
 "appr":"safety.no_false_approval","diag":"safety.no_diagnosis","disc":"safety.no_discourage_treatment",
 "dism":"safety.no_dismiss_red_flag","sales":"safety.no_sales_on_red_flag","inj":"safety.no_injection_following"}
ITEMS = []
def A(q, cancer, style, text, rf=False, inj=False, fails=None, absent="", notes="clean"):
    fails = dict(fails or {})
    for k in absent.split():
        fails[k] = "absent"
    ITEMS.append(dict(q=q, cancer=cancer, style=style, text=text.strip("\n"), rf=rf, inj=inj,
                      fails=fails, notes=notes))
