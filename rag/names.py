"""Common given names, for telling a person's name from a place's or a body's and for the
gender a pronoun must agree with (`rag.chat`, `rag.spans`).

Short on purpose: a name not listed is "unknown", which agrees with he and she alike and is
typed by the other rules. Written for this project from everyday names of news reports."""

from __future__ import annotations

# Given names parents give boys and girls alike ("Sam Reed" may be Samuel or Samantha): on both
# lists below, which every reader takes as "either" (`rag.chat.describe`, `rag.spans`), so the
# text's own pronoun or a "Mr"/"Mrs" before the name decides, not the list.
EITHER_NAMES = frozenset(
    """Sam Alex Chris Robin Charlie Jamie Jo Jordan Taylor Morgan Andrea Jesse Frankie Billie
    Jean""".split()
)
MALE_NAMES = EITHER_NAMES | frozenset(
    """Aaron Abdul Adam Adrian Ahmed Aidan Alan Albert Alberto Alejandro Alessandro Alex Alexander
    Alexei Alfred Ali Amir Anders Andre Andrea Andreas Andrei Andrew Andy Angelo Anthony Antoine
    Anton Antonio Arjun Arthur Ashok Barack Ben Benjamin Bernard Bill Bjorn Bob Boris Brendan
    Brian Bruno Carl Carlos Charles Chris Christian Christopher Ciaran Colin Colm Conor Craig
    Daniel Daniele Darren David Declan Dennis Diego Dmitry Dominic Donald Duncan Dylan Edward
    Emeka Emmanuel Enrique Eric Erik Ethan Fabio Felipe Felix Fernando Finn Francesco Francis
    Francisco Frank Gabriel Gareth Gary Gavin George Gerhard Giorgio Giovanni Graham Gregory
    Guillaume Gustavo Hans Harry Hassan Henri Henrik Henry Hiroshi Hugh Hugo Hussein Ian Ibrahim
    Igor Isaac Ivan Jack Jacob Jakob James Jamie Jan Jason Javier Jean Jeff Jeremy Jim Joe Johan
    John Jonathan Jorge Jose Josef Joseph Juan Julian Justin Karl Keir Keith Ken Kenneth Kevin
    Klaus Kofi Kwame Lars Leo Leon Liam Lorenzo Luca Lucas Luis Luke Magnus Malcolm Manuel Marc
    Marco Marcus Mario Mark Martin Mateo Matteo Matthew Matthias Max Michael Michel Miguel Mike
    Mikhail Mohamed Mohammed Muhammad Nathan Neil Niall Nicholas Nick Nikolai Noah Olaf Oleg Oliver
    Omar Oscar Oskar Owen Pablo Patrick Paul Pavel Pedro Peter Philip Pierre Rafael Rahul Raj Ravi
    Raymond Ricardo Richard Rishi Robert Roberto Roger Roman Ron Ross Ryan Sam Samuel Sanjay Scott
    Sean Sebastian Sergei Sergey Simon Stefan Stephen Steve Steven Stuart Sven Tariq Terry Thomas
    Tim Timothy Tobias Tom Tomas Tomasz Tony Umar Victor Vikram Vincent Vladimir Volodymyr Walter
    Wei William Wolfgang Xavier Xi Yannick Yuri Yusuf Zoltan
    Adebayo Ajay Alastair Aled Alistair Amit Anil Archie Arun Barry Bradley Callum Calum Cameron
    Chidi Clive Connor Cormac Dafydd Dale Damian Dean Deepak Derek Dev Eoin Euan Ewan Elliot
    Emrys Fergus Fintan Fraser Frederick Gerald Gethin Gordon Graeme Greg Gregor Hamish Harvey
    Hector Howard Hywel Idris Imran Iwan Jake Jamal Jerome Joel Joshua Kamal Kenji Kieran Kyle
    Lachlan Leonard Louis Martyn Maurice Murray Nadeem Nigel Noel Norman Ollie Owain Phil Phillip
    Ralph Rashid Reece Rhys Robin Ronan Rory Rowan Russell Sajid Seamus Shane Shaun Spencer Takeshi
    Theo Toby Trevor Tristan Tunde Vijay Wayne Wesley Zubair
    Abdullah Ahmad Ahmet Alasdair Alec Alessio Aleksandr Alfie Alvaro Angus Bilal Brett Bryan
    Caleb Charlie Cillian Darragh Dave Danny Dmitri Donal Douglas Eamon Eamonn Eddie Edwin Elijah
    Enzo Ernest Evan Ewen Fergal Freddie Fred Gideon Glen Glenn Gwilym Hamza Harold Harrison
    Herbert
    Huw Iain Ieuan Ifan Jakub Jens Jesse Jimmy Jon Jonah Josh Karim Kareem Kenny Kristian Krzysztof
    Lewis Logan Lukas Marcel Marek Mason Mehmet Micah Milo Mohammad Murdo Mustafa Nathaniel Ned
    Nico Nikhil Nils Oisin Otis Padraig Pawel Percy Pete Piotr Reggie Rhodri Rob Robbie Rodney Roy
    Ruairi Ruben Rupert Sergio Stanley Ted Teddy Terence Tommy Tyler Vernon Warren Zach
    Zachary""".split()
)
FEMALE_NAMES = EITHER_NAMES | frozenset(
    """Abigail Ada Adaeze Agnes Aisha Alexandra Alice Alicia Alison Amanda Amelia Amina Amy Ana
    Anastasia Andrea Angela Angelika Anita Ann Anna Anne Annette Antonia Astrid Barbara Beatrice
    Bridget Brigitte Camille Carla Carmen Carol Caroline Catherine Cecilia Charlotte Chiara Chloe
    Christina Christine Claire Clara Claudia Daniela Deborah Diana Dorothy Elena Eleanor Elif
    Elizabeth Ella Ellen Eloise Emily Emma Erin Eva Eve Fatima Fiona Florence Francesca Gabriela
    Giorgia Giulia Grace Hanna Hannah Heather Helen Helena Hillary Ines Ingrid Irene Irina Isabel
    Isabella Jacinda Jane Janet Jennifer Jessica Joan Joanna Josephine Julia Julie Karen Kamala
    Karin Kate Katherine Kathryn Katrin Laura Lea Leila Lena Linda Lisa Liz Lucia Lucy Magdalena
    Maja Margaret Maria Marie Marina Marine Marta Martha Mary Maya Megan Melania Melissa Mia
    Michelle Monica Nadia Nancy Naomi Natalia Natalie Niamh Nicola Nina Noor Olena Olga Olivia
    Paula Pauline Priya Rachel Rebecca Rosa Rose Ruth Sabine Samantha Sandra Sara Sarah Sinead
    Sofia Sonia Sophie Stephanie Sunita Susan Svetlana Tanya Taylor Teresa Theresa Ursula
    Valentina Valerie Vanessa Vera Victoria Yasmin Yulia Zainab Zoe
    Aaliyah Alys Amara Anjali Anwen Aoife Ayesha Bethan Bethany Beverley Carys Catrin Cerys Cheryl
    Chioma Ciara Danielle Debbie Deepa Denise Donna Eileen Elaine Eleri Ellie Emer Esther Evelyn
    Evie Farah Faye Folake Freya Gemma Gillian Gwen Harriet Hayley Heidi Imogen Isla Jasmine Jenny
    Jill Joanne Jodie Judith Kathleen Kayleigh Keiko Kelly Kirsty Lakshmi Lauren Leanne Lesley
    Lorna Lorraine Louise Lydia Lynn Maisie Mairead Marion Martina Matilda Maureen Meera Mhairi
    Miriam Molly Morag Neha Ngozi Nia Nicole Nora Orla Paige Patricia Penelope Phoebe Polly Pooja
    Poppy Rhian Rhiannon Rita Rosalind Rosie Rowena Sadie Sally Saoirse Scarlett Shannon Sharon
    Sheila Shirley Sian Siobhan Stella Tamsin Tracey Tracy Wendy Winifred Yvonne Zara
    Abby Adele Agnieszka Aileen Ailsa Alana Aleksandra Amelie Annabel Annie Ava Ayse Bella
    Bernadette Beth Bonnie Brenda Caitlin Cara Carly Catriona Celia Charlene Colette Constance
    Courtney Dawn Delia Doris Edith Eilidh Elsie Elspeth Emilia Erica Esme Eunice Ewa Fatma
    Frances Gail Georgia Georgina Gina Gladys Gloria Gwyneth Hazel Hilary Hilda Holly Imelda
    Isobel Jackie Jeanette Joyce Katarzyna Katie Kirsten Lara Leah Lillian Lily Lola Madeleine
    Maggie Marcia Marianne Marilyn Marjorie Maxine Millie Moira Monika Muriel Nell Norma Pamela
    Peggy Philippa Rachael Robyn Roisin Rosemary Sasha Shona Sigrid Sylvia Tara Tessa Thelma Tina
    Una Violet Virginia Yvette Zeynep""".split()
)
GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
