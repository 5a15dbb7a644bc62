import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from classes import classes, aliases
from rules import R, COMBOS
classes["MINIMAL"] = ["k", "kk", "ok", "okay", "fine", "sure", "whatever", "mhm", "mhmm", "hm", "hmm", "cool", "noted", "alright", "wow", "uh huh", "ok then", "okay then", "fine then", "ok fine", "sure whatever", "if you say so", "yeah yeah", "ok whatever", "fine whatever", "yeah sure", "sure sure", "right", "yeah right", "k then", "kk then", "nothing", "idc", "no", "nope"]
classes["INTENS_WORD"] = [w for w in classes["INTENS"] if " " not in w]
classes["INSULT_MOD_WORD"] = [w for w in classes["INSULT_MOD"] if " " not in w]
classes["YOURE"] = [w for w in classes["YOURE"] if w not in ("your", "ure", "yr")]
classes["SUPERLATIVE"] = ["laziest", "messiest", "worst", "rudest", "meanest", "dumbest", "stupidest", "most selfish", "most annoying", "most unreliable", "most irresponsible", "most inconsiderate", "most useless", "most immature", "most dramatic", "most self-centred", "most selfcentered", "most self-centered", "least dependable", "least reliable", "least considerate", "least helpful", "coldest", "cheapest", "stingiest", "clumsiest", "slowest", "most boring", "most difficult", "most controlling", "most jealous", "most negative", "most ungrateful", "most disorganised", "most disorganized", "most forgetful", "most stubborn", "most arrogant", "biggest liar", "biggest baby", "biggest hypocrite", "biggest drama queen", "pettiest", "grumpiest", "moodiest", "bossiest", "greediest", "loudest", "nastiest"]
classes["TRAIT"] = classes["TRAIT"] + ["self centred", "self centered", "self absorbed", "so self", "antisocial", "procrastinator", "gossip", "thick", "dim", "lazy", "disorganised", "unhelpful", "uninterested", "untrustworthy", "unfaithful", "unromantic", "inattentive", "self-pitying", "pushover", "doormat", "snob", "brat"]
classes["YOUD"] = ["youd", "you would", "ud", "u would", "you had", "u had"]
classes["THIRD_PERSON"] = ["he", "she", "they", "hes", "shes", "theyre", "him", "her", "them", "his", "guy", "girl", "man", "woman", "boss", "mom", "mum", "dad", "mother", "father", "sister", "brother", "friend", "coworker", "colleague", "manager", "teacher", "neighbour", "neighbor", "landlord", "waiter", "driver", "people", "someone", "somebody", "everyone", "nobody", "guys", "girls", "kid", "kids", "ex", "boyfriend", "girlfriend", "husband", "wife", "cousin", "aunt", "uncle", "roommate", "flatmate"]
classes["ADVERB"] = ["just", "literally", "honestly", "seriously", "basically", "still", "really", "actually", "clearly", "obviously", "totally", "pretty", "almost", "practically", "genuinely"]
classes["TRAIT"] = [w for w in classes["TRAIT"] if w not in ("cold", "slow", "messy", "sloppy", "negative", "difficult", "distant", "exhausting", "draining", "miserable", "impossible", "unbelievable", "ridiculous")]
classes["YOURSELF"] = ["yourself", "urself", "yourselves"]
classes["YOURS"] = ["yours", "urs"]
classes["YOUVE"] = ["youve", "you've", "uve", "you have"]
out = {"classes": classes, "aliases": aliases, "rules": R, "combos": COMBOS}
json.dump(out, open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "Sources", "HavenCore", "Resources", "Signals", "rules.json"), "w"), indent=1, ensure_ascii=False)
print(len(R), "rules", sum(len(r["patterns"]) for r in R), "patterns")
