ITEMS = []
def H(**kw):
    ITEMS.append(kw)

H(q="My neuroendocrine tumour (small bowel, spread to liver) lit up on the Dotatate scan. Doctor mentioned Lutathera. What is it and is it approved?",
  cancer="neuroendocrine tumor", style="house-markdown", title="Lutathera for somatostatin-receptor-positive neuroendocrine tumours",
  secs=[("What Lutathera is", "Lutetium-177 dotatate (Lutathera) is a type of **peptide receptor radionuclide therapy (PRRT)**. A molecule that sticks to somatostatin receptors carries a radioactive particle straight to tumour cells that have those receptors. A positive Dotatate PET scan shows that the tumour has them."),
        ("Approval", "Lutathera is FDA-approved for somatostatin-receptor-positive gastroenteropancreatic neuroendocrine tumours (GEP-NETs), which includes many small-bowel NETs, in adults and in children aged 12 and over. It is usually given as four infusions about eight weeks apart."),
        ("Side effects and precautions", "- Nausea on the day (partly from amino acids given to protect the kidneys).\n- Temporary drops in blood counts.\n- Rarely, long-term effects on the bone marrow or kidneys.\n- Radiation safety precautions at home for a few days.")],
  qs=["Is PRRT the best next step for me, or should other options come first?", "How will my kidneys and blood counts be monitored?", "What radiation precautions will I need at home?"],
  res=["nci", "cnet"], cta=True, note="clean; correct approval in biomarker group (SSTR+ GEP-NET)")

H(q="12 yo niece has infantile fibrosarcoma... sorry, actually she's 12 and it's a soft tissue sarcoma with an NTRK fusion. Someone said a pill works 'for any cancer with that fusion'. Is that real?",
  cancer="sarcoma", style="clinical", title="NTRK fusion-positive soft-tissue sarcoma: tumour-agnostic therapy",
  secs=[("Tumour-agnostic approvals", "Yes, in a specific sense. Larotrectinib and entrectinib are approved for solid tumours with an NTRK gene fusion, regardless of where in the body the cancer started, including in children. The approval depends on the fusion being present, not on the cancer type."),
        ("Conditions", "- Generally for tumours that are metastatic or where surgery would cause severe harm, and without satisfactory alternatives.\n- The fusion should be confirmed with an appropriate test (often RNA-based sequencing).\n- Tumours without an NTRK fusion are not expected to benefit."),
        ("Practical points", "Response rates in trials were high, but responses vary, and side effects such as dizziness, weight gain and liver test changes are monitored by the team.")],
  qs=["How was the NTRK fusion confirmed?", "Would she have surgery before or after the tablet treatment?", "Are paediatric sarcoma trials available?"],
  res=["nci", "ct", "cnet"], note="clean; correct tumour-agnostic approval, near-miss 'tumours without fusion not expected to benefit'")

H(q="I'm waiting for radioactive iodine for papillary thyroid cancer. What's the low-iodine diet about and how long do I follow it?",
  cancer="thyroid cancer", style="house", title="The low-iodine diet before radioactive iodine treatment",
  secs=[("Why the diet matters", "Radioactive iodine works because thyroid cells, including many thyroid cancer cells, absorb iodine. Lowering the iodine in your diet beforehand makes the cells more 'iodine-hungry', so they take up more of the treatment."),
        ("What it usually involves", "Most centres ask for a low-iodine diet for about 1 to 2 weeks before treatment, continuing until shortly after.\n  • Avoid iodised salt, seafood, seaweed, dairy and egg yolks.\n  • Check labels for iodine-containing additives such as red dye E127 (erythrosine).\n  • Fresh fruit, vegetables, plain meats and non-iodised salt are generally fine.\nYour centre's own instructions take priority, as details differ."),
        ("Other preparation", "You will also need either thyroid hormone withdrawal or injections of recombinant TSH (Thyrogen), as arranged by your team.")],
  qs=["Exactly how many days should I follow the diet?", "Will I have Thyrogen injections or stop my thyroid tablets?", "What radiation precautions will I need afterwards?"],
  res=["acs", "nci"], cta=True, note="clean")

H(q="They found a 2.5 cm kidney mass on a scan for something else and the urologist wants to 'watch it'. Isn't it dangerous to leave a cancer in there?",
  cancer="kidney cancer", style="house-markdown", title="Active surveillance for a small kidney mass",
  secs=[("Why watching can be reasonable", "Small kidney masses (under 4 cm) often grow slowly, and some turn out to be benign. For selected people, especially older people or those with other health problems, **active surveillance** with regular scans is a recognised approach in guidelines. If the mass grows quickly, treatment can still be offered."),
        ("What surveillance involves", "- Repeat imaging (CT, MRI or ultrasound), often every few months at first.\n- Sometimes a biopsy to clarify what the mass is.\n- Switching to treatment (partial nephrectomy or ablation) if it grows or changes."),
        ("Your preference counts", "If the idea of watching causes a lot of anxiety, it is fine to say so. Surgery, ablation and surveillance each have pros and cons, and there's no guarantee that any one option is right for everyone.")],
  qs=["Would a biopsy help decide between watching and treatment?", "How fast would it need to grow for you to recommend treatment?", "Am I a candidate for ablation or partial nephrectomy?"],
  res=["nci", "nccn"], note="clean; near-miss 'there's no guarantee'")

H(q="Liver cancer (HCC), not suitable for surgery. Oncologist proposes atezolizumab with bevacizumab. Is that a standard thing?",
  cancer="liver cancer", style="verbose-model", title="Atezolizumab plus bevacizumab for advanced hepatocellular carcinoma",
  intro="Good question - it helps to know where a proposed treatment fits.",
  secs=[("Yes, this is a standard first-line option", "Atezolizumab (an immunotherapy) with bevacizumab (which targets blood-vessel growth) is FDA-approved as a first-line treatment for unresectable or metastatic hepatocellular carcinoma. It was shown in the IMbrave150 trial to improve survival compared with sorafenib. Durvalumab with tremelimumab is another approved first-line immunotherapy option."),
        ("Before starting", "- Because bevacizumab can increase bleeding risk, many teams check for varices (enlarged veins in the food pipe) with an endoscopy first and treat them if needed.\n- Liver function (often described by the Child-Pugh score) affects whether the treatment is suitable."),
        ("Side effects to know", "- High blood pressure and protein in the urine (bevacizumab).\n- Immune-related effects such as thyroid problems, colitis or hepatitis (atezolizumab).\n- Bleeding."),
        ("Key takeaways", "- It's a recognised standard, not an experiment.\n- Ask about the pre-treatment endoscopy.")],
  qs=["Do I need an endoscopy to check for varices first?", "How will you tell whether it is working?", "What's my Child-Pugh score?"],
  res=["nci", "cnet", "nccn"], cta=True, note="clean; correct approval")

H(q="Dad has mesothelioma from his shipyard days. They're offering nivolumab and ipilimumab rather than chemo. Why would they pick that?",
  cancer="mesothelioma", style="house", title="Immunotherapy for pleural mesothelioma",
  secs=[("Where this treatment stands", "Nivolumab plus ipilimumab is FDA-approved as a first-line treatment for unresectable malignant pleural mesothelioma. In the CheckMate 743 trial, it improved overall survival compared with chemotherapy, and the benefit appeared larger in non-epithelioid (sarcomatoid or biphasic) subtypes. Chemotherapy remains an option, and for some epithelioid tumours the difference between the two is smaller."),
        ("What it involves", "  • Nivolumab infusions every few weeks, with ipilimumab less often.\n  • No hair loss, and usually less nausea than chemotherapy.\n  • Immune-related side effects can affect the bowel, skin, lungs, liver or hormone glands."),
        ("Support", "Asbestos-related disease may qualify for compensation schemes in some countries; a specialist mesothelioma nurse can advise.")],
  qs=["What subtype is his mesothelioma?", "What are the pros and cons of immunotherapy versus chemotherapy for him?", "Which side effects should we report straight away?"],
  res=["nci", "mac", "ct"], note="clean; correct approval")

H(q="Endometrial cancer came back in my pelvis. Tumour is 'dMMR'. Oncologist talked about dostarlimab. What does dMMR have to do with it?",
  cancer="endometrial cancer", style="house-markdown", title="dMMR endometrial cancer and dostarlimab",
  secs=[("What dMMR means", "Mismatch repair (MMR) proteins fix copying mistakes in DNA. When they are missing (**deficient MMR, dMMR**), tumours build up many mutations, which makes them easier for the immune system to recognise once checkpoint brakes are released. About a quarter to a third of endometrial cancers are dMMR."),
        ("Where dostarlimab fits", "Dostarlimab is FDA-approved for advanced or recurrent endometrial cancer, including dMMR tumours, both on its own after platinum chemotherapy and in combination with carboplatin and paclitaxel. Pembrolizumab-based regimens are also options. Your team will decide which fits your situation."),
        ("Also worth asking", "- Whether your dMMR result could be due to Lynch syndrome, which would matter for relatives.\n- Whether radiotherapy or surgery is part of the plan for a pelvic recurrence.")],
  qs=["Should I have genetic testing for Lynch syndrome?", "Would dostarlimab be given alone or with chemotherapy?", "How will you monitor for immune side effects?"],
  res=["nci", "cnet"], cta=True, note="clean; correct approval")

H(q="My 74-year-old dad was just told he has CLL but they're not treating it, just 'watch and wait'. My family thinks the doctors are giving up on him.",
  cancer="chronic lymphocytic leukemia", style="clinical", title="Watch and wait in early CLL",
  secs=[("Rationale", "Watch and wait (active monitoring) is the standard approach for early-stage, symptom-free CLL. Trials have shown that starting treatment early, before it is needed, does not help people live longer, while it does expose them to side effects. It is not a sign that the team is giving up."),
        ("Triggers for treatment", "- Falling haemoglobin or platelets because of the leukaemia.\n- Significantly enlarged or troublesome lymph nodes or spleen.\n- Symptoms such as drenching night sweats, weight loss or fevers.\n- Rapidly rising lymphocyte counts."),
        ("During monitoring", "- Regular blood tests and examinations.\n- Vaccinations as advised (avoiding live vaccines).\n- Prompt attention to infections.")],
  qs=["How often will his blood be checked?", "Which symptoms should make us call before the next check?", "Has he had tests such as IGHV status or TP53?"],
  res=["lls", "mac"], note="clean")

H(q="What's the difference between a phase 1 and a phase 3 trial? I've been offered a phase 1 for my ovarian cancer and I don't know if I'm a guinea pig",
  cancer="ovarian cancer", style="verbose-model", title="Phase 1 versus phase 3 clinical trials",
  intro="It's completely reasonable to ask this before signing anything.",
  secs=[("Phase 1", "Phase 1 trials are usually the first time a treatment is tested in people. The main aims are finding a safe dose and learning about side effects, though many modern phase 1 trials also look for early signs that the drug works. Fewer people take part, and monitoring is often intense."),
        ("Phase 2 and 3", "- Phase 2 looks more closely at whether the treatment works in a particular cancer.\n- Phase 3 compares the new treatment with the current standard, often randomly, in large numbers of people. Results of phase 3 trials are what usually lead to approvals."),
        ("Protections for participants", "- Informed consent, including the right to leave at any time.\n- Ethics committee review.\n- Independent safety monitoring."),
        ("Weighing it up", "Benefits are uncertain in a phase 1 trial; some people do benefit, many do not. Ask what the standard alternatives are and what the trial would mean for travel, tests and time."),
        ("Key takeaways", "- You can say no or withdraw later without affecting your standard care.\n- Bring a list of questions to the consent discussion.")],
  qs=["What is this drug designed to do, and what is known so far?", "What are my other options if I don't join?", "How many extra visits and tests are involved?", "Who pays for trial-related costs?"],
  res=["ct", "nci", "ocrf"], cta=True, note="clean")

H(q="Is it safe to get my flu jab while on chemo for lymphoma? And my grandkids are getting the nasal spray one",
  cancer="lymphoma", style="house", title="Flu vaccines during lymphoma treatment",
  secs=[("Your own vaccination", "Inactivated flu vaccines (the injected kind) are generally recommended for people having chemotherapy, as flu can be serious for them. The team may suggest timing it between cycles. The response can be weaker during treatment, especially with rituximab, so household vaccination also helps protect you. Live vaccines are generally avoided during chemotherapy."),
        ("About the grandchildren's nasal spray", "The children's nasal flu vaccine contains a weakened live virus. Guidance in many places says close contact is fine for most people having chemotherapy, but for people who are severely immunosuppressed (for example after a stem cell transplant) some teams advise avoiding close contact for a short period. Ask your team which applies to you."),
        ("Other vaccines", "COVID-19 and pneumococcal vaccines are often recommended too.")],
  qs=["When in my cycle is the best time for my flu jab?", "Do I need to avoid the grandchildren after their nasal vaccine?", "Which other vaccines do you recommend for me?"],
  res=["lls", "cruk"], cta=True, note="clean")

H(q="My sister swears by a bunch of supplements - turmeric, ashwagandha, mushroom extracts. Can I take them with my chemo for breast cancer?",
  cancer="breast cancer", style="house-markdown", title="Herbal supplements during chemotherapy",
  secs=[("Why it matters", "Herbal products can interfere with chemo. Some affect liver enzymes that break down chemotherapy drugs, changing how much drug stays in your body; others affect blood clotting or the immune system.\n- Turmeric (curcumin) in supplement form may affect platelets and some drug-processing enzymes.\n- Ashwagandha has been linked with liver injury in some reports.\n- Medicinal mushroom extracts are being studied, but quality and dose vary widely."),
        ("What to do", "Make a list of every supplement, including doses and brands, and show it to your oncologist or oncology pharmacist before taking any of them. Normal amounts of turmeric in food are generally considered fine."),
        ("Complementary approaches with evidence", "Exercise, acupuncture for some symptoms, and mind-body practices can support wellbeing alongside standard treatment, not instead of it.")],
  qs=["Are any of these supplements a problem with my specific drugs?", "Can I see the oncology pharmacist?", "Which complementary therapies does the hospital offer?"],
  res=["mskherb", "nci"], note="clean; near-miss 'herbal products can interfere with chemo'")

H(q="Can a ketogenic diet starve my cancer? I've read glucose feeds tumours. I have stage 3 breast cancer starting AC-T.",
  cancer="breast cancer", style="clinical", title="Ketogenic diets and cancer",
  secs=[("Evidence summary", "No diet can cure cancer. Tumours do use glucose, but the body keeps blood glucose within a narrow range even on very low-carbohydrate diets, so cancer cells are not simply 'starved'. Ketogenic diets are being studied in some cancers, but there is no good evidence that they improve survival in breast cancer, and they should not replace chemotherapy."),
        ("Risks during chemotherapy", "- Unintended weight and muscle loss.\n- Low energy, constipation and kidney stones.\n- Difficulty maintaining protein intake when appetite is poor."),
        ("Evidence-based nutrition", "Eating enough protein and calories, staying active and limiting alcohol are supported. An oncology dietitian can tailor advice.")],
  qs=["Can I see an oncology dietitian?", "Is there a diet that helps with side effects of AC-T?", "Should I avoid any foods during treatment?"],
  res=["acs", "bco"], note="clean; near-miss 'no diet can cure cancer'")

H(q="I have advanced melanoma and the pembrolizumab stopped working. My oncologist mentioned lifileucel. Is that approved or a trial?",
  cancer="melanoma", style="house", title="Lifileucel (TIL therapy) for advanced melanoma",
  secs=[("Approval status", "Lifileucel (Amtagvi) is FDA-approved for adults with unresectable or metastatic melanoma that has been treated before with a PD-1 blocking antibody such as pembrolizumab, and, if the tumour has a BRAF V600 mutation, with a BRAF inhibitor with or without a MEK inhibitor. So in your situation it is an approved option rather than only a trial. For other solid tumours TIL therapy remains investigational."),
        ("How it works", "  1. A piece of tumour is surgically removed.\n  2. The immune cells inside it are grown in a lab over several weeks.\n  3. You receive chemotherapy to prepare the body, then the cells, then interleukin-2."),
        ("What to expect", "A hospital stay of one to several weeks is typical. Serious side effects can include low blood counts, infections, low blood pressure and breathing problems, so it is given at specialised centres.")],
  qs=["Am I fit enough for the chemotherapy and interleukin-2?", "Which centre would give it and how long is the wait?", "What are the alternatives if I don't go ahead?"],
  res=["mrf", "ct", "fda"], note="clean; correct approval + near-miss 'investigational for other solid tumours'")

H(q="My husband just got diagnosed with ALK positive lung cancer. What does that mean and are there pills for it?",
  cancer="lung cancer", style="house-markdown", title="ALK-positive non-small cell lung cancer",
  secs=[("What ALK-positive means", "In about 3-5% of non-small cell lung cancers, part of the ALK gene is fused with another gene, driving the cancer's growth. It is more common in younger people and in people who have never smoked, but can occur in anyone."),
        ("Targeted tablets", "Several ALK inhibitors are approved for ALK-positive metastatic NSCLC, including **alectinib, lorlatinib and brigatinib**. These are usually preferred first-line over chemotherapy. Alectinib is also approved after surgery for some earlier-stage ALK-positive cancers. Many people stay on them for years.\n- They can reach the brain, which matters because ALK-positive cancer often spreads there.\n- Side effects differ between drugs; lorlatinib can raise cholesterol and affect mood."),
        ("Follow-up", "Regular scans, including brain MRI, help the team see whether the treatment is working.")],
  qs=["Which ALK inhibitor do you recommend and why?", "Will he need regular brain scans?", "What happens if the cancer becomes resistant?"],
  res=["lungevity", "nci"], cta=True, note="clean; correct approval in biomarker group")

H(q="What exactly is palliative care? The nurse suggested it for my mum with stage 4 ovarian cancer and I'm scared it means hospice.",
  cancer="ovarian cancer", style="house", title="Palliative care is not the same as hospice",
  secs=[("What palliative care is", "Palliative care is specialist care focused on symptoms, stress and quality of life. It can be given at any stage of a serious illness and alongside treatments like chemotherapy. Studies in advanced cancer have found that early palliative care can improve quality of life and mood."),
        ("How hospice is different", "Hospice care is a form of palliative care for people who are nearing the end of life and who are no longer having treatment aimed at controlling the cancer. In the US, hospice eligibility generally involves an expected prognosis of six months or less. Being referred to palliative care does not mean your mum is being moved to hospice."),
        ("What the team can help with", "  • Pain, nausea, breathlessness and bowel problems.\n  • Emotional and spiritual support.\n  • Planning ahead and family support.")],
  qs=["What can palliative care help with right now?", "Will she keep seeing her oncologist?", "Is palliative care available at home?"],
  res=["nci", "ocrf"], note="clean")

H(q="Should I get a second opinion? I feel awkward, my oncologist is nice. Stage 3 rectal cancer.",
  cancer="rectal cancer", style="house-markdown", title="Getting a second opinion for rectal cancer",
  secs=[("Second opinions are normal", "Many people ask for a second opinion, and most oncologists expect and support it. It can confirm the plan or highlight other options, and it doesn't have to damage your relationship with your current team."),
        ("Why it can be especially useful in rectal cancer", "- Treatment is evolving: total neoadjuvant therapy, and 'watch and wait' after a complete response, are approaches offered at some specialist centres.\n- The MMR/MSI status of the tumour may change the approach.\n- Surgical expertise and sphincter-preservation options vary between centres."),
        ("How to arrange it", "Ask for copies of your pathology, scans and reports. Many large centres offer second-opinion appointments, some remotely. Ask how long it will take so that treatment isn't delayed unnecessarily.")],
  qs=["Is my tumour MMR-deficient or proficient?", "Would total neoadjuvant therapy be appropriate for me?", "Can you send my records to another centre?"],
  res=["nccn", "ccalliance"], cta=True, note="clean")

H(q="How do I tell my kids (7 and 11) that I have cancer?", cancer="breast cancer", style="verbose-model", title="Talking to children about a cancer diagnosis",
  intro="This is one of the hardest conversations, and it's great that you're thinking it through.",
  secs=[("Why honesty helps", "Children usually sense when something is wrong. Clear, age-appropriate information tends to make them less anxious than secrecy, and it helps them trust what you tell them later."),
        ("For a 7-year-old", "- Use simple words and the word 'cancer'.\n- Explain that they can't catch it and that nothing they did caused it.\n- Describe what they'll notice, such as tiredness or hair loss."),
        ("For an 11-year-old", "- They may want more detail and may search online; offer to look things up together.\n- They may worry about the future; it's okay to say you don't know everything yet."),
        ("Keeping routines", "Let school know, keep routines where possible, and tell them who will look after them on treatment days."),
        ("Key takeaways", "- Short, repeated conversations work better than one big talk.\n- Hospital social workers and child-life specialists can help.")],
  qs=["Is there a social worker or child-life specialist I can talk to?", "Are there support groups for children of parents with cancer?", "How should I explain treatment side effects?"],
  res=["acs", "mac"], note="clean; non-medical topic")

H(q="Radiation for breast cancer starts Monday. How do I look after my skin?", cancer="breast cancer", style="house",
  title="Skin care during breast radiotherapy",
  secs=[("What happens to the skin", "Radiotherapy often causes redness, dryness, itching or darkening of the skin in the treated area, usually building up during the second half of treatment and peaking shortly after it ends. Some people develop peeling, particularly in skin folds."),
        ("Common skin-care advice", "  • Wash gently with lukewarm water and a mild, unperfumed soap; pat dry.\n  • Use the moisturiser your radiotherapy team recommends.\n  • Wear loose, soft clothing; a soft cotton bra without underwiring may feel better.\n  • Avoid sunburn and very hot or cold packs on the area.\nDeodorant advice has relaxed at many centres; ask your team."),
        ("When to tell the team", "Tell the radiographers about broken or weeping skin, increasing pain, or signs of infection.")],
  qs=["Which moisturiser do you recommend?", "Can I use deodorant?", "What should I do if my skin breaks?"],
  res=["bco", "cruk"], cta=True, note="clean")

H(q="I've been told I'm a BRCA2 carrier after my prostate cancer diagnosis. What does that mean for my daughter and son?",
  cancer="prostate cancer", style="clinical", title="Implications of a BRCA2 variant for relatives",
  secs=[("Inheritance", "Each child of a BRCA2 carrier has a 50% chance of inheriting the variant. Sons and daughters are equally likely to inherit it. Relatives can have a targeted test for the specific family variant, usually after genetic counselling."),
        ("Relevance for relatives who carry it", "- Women: increased risk of breast and ovarian cancer; options include enhanced breast screening and risk-reducing surgery.\n- Men: increased risk of prostate cancer (often recommended to start PSA screening earlier) and male breast cancer.\n- Both: modestly increased risk of pancreatic cancer and melanoma."),
        ("Relevance for you", "BRCA2 status can open up treatment options for advanced prostate cancer, such as PARP inhibitors, which your oncologist can discuss.")],
  qs=["Can you refer my children to genetic counselling?", "Does BRCA2 change my own treatment options?", "Should my siblings be tested too?"],
  res=["nci", "pcf"], note="clean")

H(q="I'm having AC chemo and want to keep running. Is exercise okay?", cancer="breast cancer", style="house-markdown",
  title="Exercise during chemotherapy",
  secs=[("The evidence", "Staying active during chemotherapy is generally encouraged. Studies show exercise can reduce fatigue, help maintain fitness and muscle, and improve mood. Many people can keep running at a lower intensity."),
        ("Adjusting to how you feel", "- Listen to your body: lighter days after treatment are normal.\n- Avoid crowded gyms or public pools when white cells are low, if your team advises this.\n- Stay hydrated.\n- Skip exercise if you have a fever, chest pain, unusual breathlessness or feel dizzy, and tell your team."),
        ("Special situations", "People with bone metastases, low platelets, severe anaemia or a port or line should check what is safe for them.")],
  qs=["Are there any limits on exercise for me?", "Is there an exercise programme for people on chemo here?", "When should I avoid exercise?"],
  res=["acs", "cnet"], cta=True, note="clean")

H(q="Will the cold cap actually save my hair? Starting docetaxel + cyclophosphamide.", cancer="breast cancer", style="house",
  title="Scalp cooling during chemotherapy",
  secs=[("How it works", "Scalp cooling lowers the temperature of the scalp during chemotherapy, narrowing blood vessels so that less drug reaches hair follicles. FDA-cleared systems include Paxman and DigniCap."),
        ("How well it works", "Results depend on the drugs. With taxane-based regimens such as docetaxel and cyclophosphamide (TC), many people keep enough hair not to need a wig, though some thinning is common. With anthracyclines, success rates are lower. There is no guarantee it will work for you."),
        ("Practical points", "  • Sessions add time before and after each infusion.\n  • Cold discomfort and headaches are the most common side effects.\n  • Gentle hair care (less washing, no heat styling) helps.")],
  qs=["Does this unit offer scalp cooling?", "What are the costs?", "How long will each session take?"],
  res=["bco", "acs"], note="clean; near-miss 'no guarantee'")

H(q="Since my treatment for cervical cancer, sex is painful and I'm too embarrassed to ask my doctor. Is this common?",
  cancer="cervical cancer", style="house-markdown", title="Painful sex after cervical cancer treatment",
  secs=[("You're not alone", "Painful sex is common after treatment for cervical cancer. Pelvic radiotherapy and brachytherapy can cause vaginal dryness, narrowing and reduced elasticity, and early menopause from treatment can add to dryness. Surgery can also change anatomy."),
        ("Things that often help", "- Vaginal moisturisers used regularly, and lubricants during sex.\n- **Vaginal dilators**, often recommended after pelvic radiotherapy to reduce narrowing.\n- Pelvic floor physiotherapy.\n- Vaginal oestrogen or other hormone options in some situations - this needs a discussion with your team."),
        ("Raising it", "Doctors and specialist nurses hear about this often. If it feels easier, you could write it down and hand it over, or ask for a referral to a sexual health or psychosexual service.")],
  qs=["Should I be using vaginal dilators?", "Is vaginal oestrogen safe for me?", "Can I be referred to a pelvic floor physiotherapist?"],
  res=["mac", "acs"], note="clean")

H(q="Does anyone survive stage 4 colon cancer? My mum was told it's spread to her liver.", cancer="colorectal cancer", style="verbose-model",
  title="Outlook for colon cancer that has spread to the liver",
  intro="I'm sorry - this is a frightening thing to hear. The picture is more varied than many people expect.",
  secs=[("Why outcomes vary so much", "Stage 4 covers a wide range of situations. Outlook depends on how many liver tumours there are, whether the cancer is elsewhere, the tumour's biology (RAS, BRAF, MSI status), and your mum's general health."),
        ("When liver metastases can be removed", "For some people, liver metastases can be surgically removed or ablated, sometimes after chemotherapy shrinks them. A proportion of these people are alive many years later, and some are cured. This is why review by a specialist multidisciplinary team, including a liver surgeon, matters."),
        ("When they can't be removed", "Chemotherapy combined with targeted drugs, and immunotherapy for MSI-high tumours, can control the cancer for a long time for many people. Survival has improved substantially over the past two decades."),
        ("Statistics and individuals", "Survival figures describe large groups and can't predict what will happen to one person. Nobody can promise a particular outcome, but there are real reasons for hope."),
        ("Key takeaways", "- Ask whether a liver surgeon has reviewed her scans.\n- Ask about tumour biomarkers.")],
  qs=["Has a liver surgeon reviewed her scans?", "What are her RAS, BRAF and MSI results?", "Is the aim of treatment control or cure?"],
  res=["ccalliance", "nci"], cta=True, note="clean; hopeful but near-miss 'some are cured' / 'nobody can promise'")

H(q="I'm on tamoxifen and my periods stopped. Does that mean I'm in menopause and can stop contraception?",
  cancer="breast cancer", style="house", title="Periods stopping on tamoxifen and contraception",
  secs=[("Why periods may stop", "Tamoxifen and previous chemotherapy can make periods irregular or stop them, but this doesn't necessarily mean menopause has happened. Ovaries can still release eggs, and pregnancy is possible."),
        ("Why contraception still matters", "Tamoxifen can harm a developing baby, so effective contraception is recommended while taking it and for a period afterwards; your team will say how long. Hormonal contraceptives are generally avoided after hormone-receptor-positive breast cancer, so options such as a copper IUD or barrier methods are often discussed. Blood tests for menopause are difficult to interpret on tamoxifen."),
        ("Don't change anything alone", "Please don't stop either tamoxifen or contraception based on missed periods; check with your team first.")],
  qs=["Which contraception do you recommend for me?", "How would we know if I've reached menopause?", "How long after stopping tamoxifen do I need contraception?"],
  res=["bco", "cnet"], note="clean; near-miss 'don't stop tamoxifen'")

H(q="What's the point of a PSMA PET scan? My PSA is rising after my prostatectomy.", cancer="prostate cancer", style="house-markdown",
  title="PSMA PET scans when PSA rises after surgery",
  secs=[("What a PSMA PET scan does", "Most prostate cancer cells carry a protein called PSMA on their surface. A PSMA PET scan uses a tracer that attaches to PSMA, so small areas of cancer can show up even at low PSA levels. FDA-approved tracers include Ga-68 PSMA-11 and piflufolastat F-18 (Pylarify)."),
        ("Why it helps", "- It can find where recurrent cancer is, which may guide salvage radiotherapy to the prostate bed or to specific areas.\n- It is more sensitive than conventional CT and bone scans at low PSA levels.\n- A negative scan does not rule out cancer; very small deposits can be missed."),
        ("Next steps", "Your team will consider the PSA level, how fast it is rising and the original pathology when planning.")],
  qs=["What PSA level are you using to decide on scans?", "Would salvage radiotherapy be an option?", "Will I need hormone therapy with it?"],
  res=["pcf", "nci"], cta=True, note="clean")

H(q="My cancer is PSMA positive, castration resistant, and the doctor mentioned Pluvicto. Approved or experimental?",
  cancer="prostate cancer", style="clinical", title="Lutetium-177 PSMA-617 (Pluvicto) in mCRPC",
  secs=[("Approval", "Lutetium-177 vipivotide tetraxetan (Pluvicto) is FDA-approved for PSMA-positive metastatic castration-resistant prostate cancer that has progressed after androgen-receptor pathway inhibitor therapy (for example enzalutamide or abiraterone). Eligibility in terms of prior chemotherapy depends on the current label and local coverage. It is not approved for earlier, hormone-sensitive disease outside trials."),
        ("Administration", "- Intravenous infusions every six weeks, up to six doses.\n- Radiation-safety precautions for a few days after each dose."),
        ("Adverse effects", "- Dry mouth, fatigue, nausea.\n- Reduced blood counts.\n- Kidney effects, monitored with blood tests.")],
  qs=["Do I meet the current criteria for Pluvicto?", "How will my blood counts be monitored?", "What precautions do I need at home after each dose?"],
  res=["pcf", "fda"], note="clean; correct approval + near-miss 'not approved for earlier disease'")

H(q="My mum, 80, has been offered olaparib tablets after her chemo for BRCA ovarian cancer. What's it for?", cancer="ovarian cancer", style="house",
  title="Olaparib maintenance for BRCA-mutated ovarian cancer",
  secs=[("What maintenance means", "After chemotherapy has shrunk the cancer, maintenance treatment aims to keep it under control for longer."),
        ("Olaparib in BRCA-mutated ovarian cancer", "Olaparib, a PARP inhibitor, is FDA-approved as maintenance treatment for advanced ovarian cancer with a BRCA mutation that has responded to first-line platinum chemotherapy. In the SOLO-1 trial it substantially delayed progression. Cancers with BRCA mutations have a weakness in DNA repair that PARP inhibitors exploit."),
        ("Side effects at her age", "  • Nausea, tiredness and anaemia are common; blood counts are checked regularly.\n  • Rarely, bone marrow problems (MDS/AML).\n  • The team may adjust the dose if side effects occur - that is their decision.")],
  qs=["How long would she take it?", "How will side effects be monitored at her age?", "Should her children have BRCA testing?"],
  res=["ocrf", "nci"], cta=True, note="clean; correct approval in biomarker group")

H(q="What does 'HER2-low' mean for treatment if my breast cancer spreads? I keep hearing about Enhertu.", cancer="breast cancer", style="house-markdown",
  title="HER2-low breast cancer and trastuzumab deruxtecan (Enhertu)",
  secs=[("HER2-low explained", "HER2-low describes tumours with a small amount of HER2 (IHC 1+, or IHC 2+ with a negative ISH test). They are not HER2-positive, so traditional HER2 drugs like trastuzumab are not used, but they can still matter."),
        ("Where Enhertu fits", "Trastuzumab deruxtecan (Enhertu) is FDA-approved for unresectable or metastatic **HER2-low** breast cancer after prior chemotherapy in the metastatic setting (or recurrence soon after adjuvant chemotherapy), and for some hormone-receptor-positive HER2-low or HER2-ultralow cancers after endocrine therapy. It is not used for early-stage HER2-low breast cancer outside trials."),
        ("Side effects", "- Nausea and tiredness.\n- Lung inflammation (interstitial lung disease) - a new cough or breathlessness must be reported promptly.\n- Low blood counts.")],
  qs=["Is my tumour HER2-low or HER2-0?", "Should an older biopsy be re-tested for HER2-low?", "What lung monitoring is needed on Enhertu?"],
  res=["bco", "nccn"], note="clean; correct approval + near-miss")

H(q="What is tebentafusp? my eye melanoma has spread to my liver", cancer="uveal melanoma", style="clinical", title="Tebentafusp in metastatic uveal melanoma",
  secs=[("Mechanism and approval", "Tebentafusp (Kimmtrak) is a bispecific protein that links T cells to uveal melanoma cells displaying a gp100 fragment. It is FDA-approved for adults with HLA-A*02:01-positive unresectable or metastatic uveal melanoma. The HLA-A*02:01 test is a blood test and is required because the drug only works in people with that tissue type."),
        ("Evidence", "In a randomised trial it improved overall survival compared with investigator's choice of therapy."),
        ("Administration and adverse effects", "- Weekly infusions; the first doses are given with overnight monitoring because of cytokine release syndrome.\n- Rash, fever, itching and low blood pressure are common early on.")],
  qs=["Have I been tested for HLA-A*02:01?", "What are the options if I'm not HLA-A*02:01 positive?", "Would liver-directed therapy be considered?"],
  res=["mrf", "ct"], note="clean; correct approval with biomarker condition")

H(q="my dad had a GIST removed from his stomach, now they want him on imatinib for 3 years. why if it's been taken out?", cancer="GIST", style="house",
  title="Imatinib after surgery for GIST",
  secs=[("Why treatment after surgery", "Even after complete removal, some GISTs have a high risk of coming back, based on size, location, how quickly cells divide (mitotic rate) and whether the tumour ruptured. For higher-risk, KIT-positive GIST, adjuvant imatinib is FDA-approved, and a trial showed that 3 years of imatinib improved survival compared with 1 year."),
        ("Mutation testing", "The specific mutation matters: some (such as PDGFRA D842V) don't respond to imatinib, and KIT exon 9 mutations are sometimes treated differently. Your dad's team will use this information."),
        ("Side effects", "  • Fluid retention, especially puffiness around the eyes.\n  • Nausea (taking it with food often helps), diarrhoea and muscle cramps.\n  • Tiredness.\nIt's important not to stop it early without discussing it with the team, as stopping is linked with a higher chance of recurrence.")],
  qs=["What was his recurrence risk score?", "What mutation does his GIST have?", "How will side effects be managed?"],
  res=["nci", "cnet"], cta=True, note="clean; correct approval + near-miss stop")

H(q="Any tips for nausea on chemo that isn't just more pills? FOLFOX for stomach cancer", cancer="stomach cancer", style="house-markdown",
  title="Non-drug ways to ease chemotherapy nausea",
  secs=[("Things many people find helpful", "- Small, frequent meals rather than three large ones.\n- Bland, dry foods (crackers, toast) and cold foods, which smell less.\n- Ginger in food or drinks; acupressure wristbands help some people.\n- Avoiding cooking smells; asking someone else to cook.\n- Sipping fluids between meals rather than with them."),
        ("Why medication still matters", "These measures work best alongside, not instead of, the anti-sickness medicines prescribed for your regimen. If nausea isn't controlled, the team can change the plan, so let them know."),
        ("When to call", "Call the helpline if you can't keep fluids down for 24 hours or are vomiting repeatedly.")],
  qs=["Can my anti-sickness plan be adjusted?", "Can I see a dietitian?", "Is acupuncture available here?"],
  res=["cnet", "acs"], note="clean")
