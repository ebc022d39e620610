# Plot-level answers, with consent to the plot given up front.
@spoilers plot
> what happens after they meet?
Charlotte and Lizzie have a connection. After judging a cello competition together, followed by a night of dancing, they sleep together.
? intent=plot.competition-night level=plot
> what happens on the bus?
The morning after their night together, Charlotte and Lizzie set out on their trip. Soon Lizzie begins feeling ill.
? intent=plot.the-trip
> what's wrong with lizzie?
On the trip Lizzie begins feeling ill: she throws up bugs and sees creatures crawling under her skin.
? intent=plot.lizzie-ill
> where were they headed?
The article doesn't say where they were headed. It says only that the morning after their night together, Charlotte and Lizzie set out on their trip, and soon Lizzie begins feeling ill.
? intent=gap.trip-destination level=plot
# The article never says where the knife came from: a place it does not give is no answer.
> where did the knife come from?
The article doesn't say (contains)
? kind=fallback
> why does charlotte have a knife?
Conveniently, Charlotte has a butcher's knife, and she suggests that the only way to solve Lizzie's problem is to cut her hand off.
? intent=plot.the-knife
> does lizzie cut off her hand?
Yes. Lizzie cuts off her own hand. Charlotte, who conveniently has a butcher's knife, suggests it is the only way to solve the problem of the creatures Lizzie sees crawling under her skin.
? intent=plot.the-hand
# The why behind it is the twist: still a prompt at consent plot.
> why?
Careful: the answer to that gives away the twist (the big reveal). So far you've agreed to spoilers up to the plot. Do you want the spoiler? (yes / no)
? awaiting=yes level=twist
! jealous
