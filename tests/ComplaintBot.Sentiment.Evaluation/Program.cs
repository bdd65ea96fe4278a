Console.WriteLine("The sentiment evaluation is not written yet.");
return 1;
